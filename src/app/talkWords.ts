/**
 * The words for talk across the table (`SAY`, `model/dialogue.ts`): what a side said and what the
 * counterpart answered, one sentence each, for the transcript, the narration and the history. Reads
 * the lines as data; holds no rules.
 */
import { type IssueId, otherSide, type Reply, type Side, type TalkLine, type Utterance } from '../sim/session/index.ts';
import { issueById } from './content.ts';
import { SIDE_SHORT } from './labels.ts';
import { formatList, m } from './strings/catalogue.ts';

const issueName = (id: IssueId): string => issueById(id).name;
const levelName = (id: IssueId, level: number): string => issueById(id).levels[level] ?? String(level);

/** What `by` said, as a line of the transcript. */
export function sayText(by: Side, say: Utterance): string {
  const side = SIDE_SHORT[by];
  switch (say.kind) {
    case 'prefer':
      return m.talk_line_prefer({ side, issue: issueName(say.issue) });
    case 'askTop':
      return m.talk_line_ask_top({ side });
    case 'askIssue':
      return m.talk_line_ask_issue({ side, issue: issueName(say.issue) });
    case 'oneMoreStep':
      return m.talk_line_step({ side });
    case 'threaten':
      return by === 'us' ? m.talk_line_threaten_us({ side }) : m.talk_line_threaten_dprk({ side });
    case 'favour':
      return m.talk_line_favour({ side });
  }
}

/** The answer of `by` (the side spoken to), as a line of the transcript. */
export function replyText(by: Side, reply: Reply): string {
  const side = SIDE_SHORT[by];
  switch (reply.kind) {
    case 'noted':
      return m.talk_reply_noted({ side });
    case 'contradicts':
      return m.talk_reply_contradicts({ side, issue: issueName(reply.earlier) });
    case 'top':
      return m.talk_reply_top({ side, issue: issueName(reply.issue) });
    case 'importance': {
      const issue = issueName(reply.issue);
      const weight =
        reply.importance === 'great'
          ? m.talk_reply_importance_great({ side, issue })
          : reply.importance === 'some'
            ? m.talk_reply_importance_some({ side, issue })
            : m.talk_reply_importance_little({ side, issue });
      const line =
        reply.refuses.length > 0
          ? m.talk_reply_refuses({ levels: formatList(reply.refuses.map((l) => `“${levelName(reply.issue, l)}”`)) })
          : m.talk_reply_no_line();
      return `${weight} ${line}`;
    }
    case 'evade':
      return m.talk_reply_evade({ side });
    case 'step': {
      const words = { side, issue: issueName(reply.issue), level: levelName(reply.issue, reply.level) };
      return reply.calledFavour ? m.talk_reply_step_favour(words) : m.talk_reply_step(words);
    }
    case 'noStep':
      return m.talk_reply_no_step({ side });
    case 'threatBelieved':
      return m.talk_reply_threat_believed({ side });
    case 'threatDismissed':
      return m.talk_reply_threat_dismissed({ side });
    case 'thanks':
      return m.talk_reply_thanks({ side });
    case 'volunteered':
      return m.talk_reply_volunteered();
  }
}

/** A whole exchange: what was said, then the answer. */
export const talkLineText = (line: TalkLine): string =>
  `${sayText(line.by, line.say)} ${replyText(otherSide(line.by), line.reply)}`;
