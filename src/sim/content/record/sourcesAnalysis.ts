/**
 * Source links for the aftermath, the issues and the analysts' debate (hanoi-dossier.md §1c, §3, §4, §5,
 * §6). Every URL appears in the dossier.
 */
import type { Source } from '../types.ts';

const s = (id: string, label: string, url: string): Source => ({ id, label, url });

// Aftermath (dossier §1c)
export const CBS_BOLTON = s(
  'CBS_BOLTON',
  'CBS Face the Nation, 3 Mar 2019',
  'https://cbsnews.com/news/john-bolton-on-face-the-nation-trump-ready-to-keep-talking-after-failed-north-korea-summit',
);
export const HILL_BOLTON = s(
  'HILL_BOLTON',
  'The Hill',
  'https://thehill.com/homenews/sunday-talk-shows/432357-bolton-defends-result-of-trump-kim-summit',
);
export const ROLLING_STONE = s(
  'ROLLING_STONE',
  'Rolling Stone',
  'https://www.rollingstone.com/politics/politics-news/north-korea-nuclear-site-803877/',
);
export const BTIMES = s(
  'BTIMES',
  'B-Times, 6 Mar 2019',
  'https://www.btimesonline.com/articles/108782/20190306/north-korea-rebuilding-dormant-rocket-launch-site-claims-south.htm',
);
export const KOREA_POST = s('KOREA_POST', 'Yonhap via Korea Post', 'http://www.koreapost.com/news/articleView.html?idxno=8628');
export const SPL_SOHAE = s(
  'SPL_SOHAE',
  'Reuters via SPL',
  'https://splco.me/eng/north-korea-rocket-launch-site-upsets-americans/',
);
export const DW_SOHAE = s('DW_SOHAE', 'DW', 'https://www.dw.com/en/north-korea-rebuilding-rocket-test-site-report/a-47787792');
export const STATE_BRIEFING = s(
  'STATE_BRIEFING',
  'State Department background briefing, 7 Mar 2019',
  'https://www.state.gov/r/pa/prs/ps/2019/03/290084.htm',
);
export const LATIMES_CHOE = s(
  'LATIMES_CHOE',
  'Los Angeles Times, 14 Mar 2019',
  'https://www.latimes.com/world/la-fg-north-korea-kim-20190314-story.html',
);
export const HILL_POMPEO = s(
  'HILL_POMPEO',
  'The Hill',
  'https://thehill.com/policy/national-security/434207-pompeo-shoots-down-north-korea-claim-he-created-distrust-hostility',
);
export const USATODAY_APRIL = s(
  'USATODAY_APRIL',
  'USA Today, 10 Apr 2019',
  'https://www.usatoday.com/story/news/world/2019/04/10/south-korean-president-moon-revive-talks-trump-kim-jong-un-north-korea-nuclear-negotiations/3405013002/',
);
export const CGTN_MOON = s(
  'CGTN_MOON',
  'CGTN, 11 Apr 2019',
  'https://america.cgtn.com/2019/04/11/moon-pushes-for-third-kim-trump-summit?share=twitter',
);
export const WEALTH365 = s(
  'WEALTH365',
  'Kyodo via Wealth365',
  'https://news.wealth365.com/trump-moon-meet-focus-on-future-u-s-n-korea-summits/',
);
export const NKNEWS_SPA = s(
  'NKNEWS_SPA',
  'NK News, Apr 2019',
  'https://www.nknews.org/2019/04/towards-a-new-path-five-questions-after-kim-jong-uns-speech-to-the-14th-spa/?c=1564725638507',
);
export const ONEMMA = s(
  'ONEMMA',
  'Onemma, 14 Apr 2019',
  'http://onemma.net/2019/04/14/trump-tweets-about-possible-third-summit-with-kim-jong-un/',
);
export const NEWS5_MAY = s(
  'NEWS5_MAY',
  'News5/CNN',
  'https://www.news5cleveland.com/news/national/south-korean-defense-ministry-says-north-korea-has-tested-a-short-range-missile',
);
export const KOOGLE_MAY = s(
  'KOOGLE_MAY',
  'Koogle TV news wrap',
  'http://www.koogle.tv/media/news/n-korea-undergoes-their-third-missile-test-since-failed-hanoi-summit/',
);
export const WASH_EXAMINER = s(
  'WASH_EXAMINER',
  'Washington Examiner',
  'https://www.washingtonexaminer.com/news/2359095/north-korean-diplomat-thought-to-be-executed-is-reportedly-alive',
);
export const SCMP_KHC = s(
  'SCMP_KHC',
  'South China Morning Post',
  'https://www.scmp.com/news/asia/east-asia/article/3013062/executed-north-korean-nuclear-envoy-kim-hyok-chol-reported',
);
export const WAPO_DMZ = s(
  'WAPO_DMZ',
  'Washington Post, 29 Jun 2019',
  'https://www.washingtonpost.com/politics/trump-says-north-koreas-kim-wants-to-join-him-at-the-dmz/2019/06/29/ef99dc98-9a99-11e9-830a-21b9b36b64ad_story.html',
);
export const STRAITS_JULY = s(
  'STRAITS_JULY',
  'Reuters via Straits Times',
  'https://www.straitstimes.com/asia/east-asia/north-korea-fires-multiple-unidentified-projectiles-early-wednesday-yonhap',
);
export const DAILY_BEAST_SLBM = s(
  'DAILY_BEAST_SLBM',
  'Daily Beast',
  'https://www.thedailybeast.com/north-korea-claims-its-underwater-launched-missile-test-was-successful',
);
export const NKNEWS_STOCKHOLM = s(
  'NKNEWS_STOCKHOLM',
  'NK News, Oct 2019',
  'https://www.nknews.org/2019/10/north-korea-u-s-talks-in-sweden-fail-to-reach-a-deal-chief-dprk-negotiator-says/',
);
export const TVNZ_STOCKHOLM = s(
  'TVNZ_STOCKHOLM',
  'AP via TVNZ',
  'https://www.tvnz.co.nz/one-news/world/north-korea-decries-breakdown-talks-us-says-were-good',
);
export const KBS_STOCKHOLM = s('KBS_STOCKHOLM', 'KBS', 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=148475&lang=e');

// Issues and quotes (dossier §0, §3, §4)
export const AP_MAIN = s('AP_MAIN', 'AP', 'https://www.apnews.com/78d68909abf8c0b4c6442ad03b4d0fb4');
export const AP_OVERSTATED = s(
  'AP_OVERSTATED',
  'AP via VN Reporter',
  'http://vnreporter.com/story/officials-say-trump-overstated-kim-s-demand-on-sanctions/0236407/',
);
export const CGTN_RI = s(
  'CGTN_RI',
  'CGTN, 28 Feb 2019',
  'https://america.cgtn.com/2019/02/28/dprk-fm-ri-yong-ho-disputes-trump-reason-for-summit-collapse',
);
export const CGTN_NODEAL = s(
  'CGTN_NODEAL',
  'CGTN, 28 Feb 2019',
  'https://america.cgtn.com/2019/02/28/hanoi-summit-between-trump-and-kim-ends-without-a-deal',
);
export const HANOI_TIMES = s(
  'HANOI_TIMES',
  'Hanoi Times',
  'https://hanoitimes.vn/north-korea-stages-late-night-press-meeting-in-hanoi-explaining-no-deal-summit-1747.html',
);
export const DAILY_MAIL = s(
  'DAILY_MAIL',
  'Daily Mail',
  'https://www.dailymail.co.uk/news/article-6757367/North-Koreans-insist-Trump-demanded-nuke-deal-proposal-never-change.html',
);
export const NYDN = s(
  'NYDN',
  'New York Daily News, 28 Feb 2019',
  'https://www.nydailynews.com/news/politics/ny-news-trump-kim-talks-break-down-20190228-story.html',
);
export const RT_RI = s('RT_RI', 'RT', 'https://rt.com/news/452693-halt-nuclear-sanctions-korea/amp');
export const HANI_KANGSON = s(
  'HANI_KANGSON',
  'Hankyoreh',
  'http://worldcup2014.hani.co.kr/arti/english_edition/e_northkorea/884168.html',
);
export const HANI_BOLTON = s(
  'HANI_BOLTON',
  'Hankyoreh, on the Bolton memoir',
  'https://english.hani.co.kr/arti/english_edition/e_international/950423.html',
);
export const DELFI_THAE = s(
  'DELFI_THAE',
  'Delfi summary of the Sunday Times (Russian)',
  'https://rus.delfi.ee/daily/abroad/smi-peregovory-ssha-i-kndr-provalilis-iz-za-sekretnogo-zavoda-po-obogascheniyu-urana?id=85494433',
);
export const TIME_YONGBYON = s('TIME_YONGBYON', 'TIME', 'http://time.com/5540405/north-korea-yongbyon/');
export const HILL_OPED = s(
  'HILL_OPED',
  'The Hill (op-ed)',
  'https://thehill.com/opinion/international/433235-a-deal-for-trump-take-north-koreas-offer-and-build-upon-it/',
);
export const REUTERS_YONGBYON = s(
  'REUTERS_YONGBYON',
  'Reuters explainer',
  'https://www.reuters.com/article/us-northkorea-usa-denuclearisation-yongb/explainer-north-koreas-yongbyon-nuclear-complex-takes-center-stage-in-stalled-talks-idUSKCN1QI3KL',
);
export const SAMORE = s('SAMORE', '38 North (Gary Samore), Mar 2019', 'https://www.38north.org/2019/03/gsamore031119/');
export const GULF_NEWS = s(
  'GULF_NEWS',
  'Gulf News/Reuters',
  'https://gulfnews.com/world/asia/why-yongbyon-complex-is-at-the-heart-of-summit-1.62279965',
);
export const ISIS_NOTE = s(
  'ISIS_NOTE',
  'Institute for Science and International Security, technical note',
  'http://isis-online.org/isis-reports/detail/part-ii-technical-note-on-reaching-a-denuclearization-agreement-with-north/',
);
export const ATLANTIC = s(
  'ATLANTIC',
  'The Atlantic, Mar 2019',
  'https://www.theatlantic.com/politics/archive/2019/03/how-long-will-us-live-nuclear-north-korea/583990/?utm_source=feed',
);
export const STRAITS_PAPER = s(
  'STRAITS_PAPER',
  'Reuters via Straits Times',
  'https://www.straitstimes.com/world/united-states/trump-gave-kim-paper-detailing-nuclear-demands',
);
export const LARISON = s(
  'LARISON',
  'The American Conservative (Daniel Larison)',
  'https://www.theamericanconservative.com/larison/the-libya-model-killed-the-hanoi-summit/',
);
export const ABSCBN_DECLARATION = s(
  'ABSCBN_DECLARATION',
  'ABS-CBN/Reuters, 1 Feb 2019',
  'https://news.abs-cbn.com/overseas/02/01/19/us-envoy-calls-for-full-list-of-north-korean-weapons-programs',
);
export const JT_LAWYER = s(
  'JT_LAWYER',
  'Japan Times, 27 Feb 2019',
  'https://www.japantimes.co.jp/news/2019/02/27/asia-pacific/politics-diplomacy-asia-pacific/leading-u-s-state-department-lawyers-presence-north-korea-negotiations-points-end-war-declaration-agreement/',
);
export const EVEPD = s(
  'EVEPD',
  'EVEPD reprint, Apr 2019',
  'https://evepd.com/2019/04/04/we-asked-kim-to-do-more-but-he-wasnt-prepared-to-pompeo/',
);
export const INITIALNEWS = s(
  'INITIALNEWS',
  'CNN live updates (mirror)',
  'http://www.initialnews.com/scribble/index.php?url=https%3A%2F%2Fwww.cnn.com%2Fpolitics%2Flive-news%2Ftrump-kim-jong-un-summit-vietnam-february-2019%2Fh_22700ef4fad83bba147f714d6317693d',
);
export const UN_1718 = s('UN_1718', 'UN 1718 Committee', 'https://main.un.org/securitycouncil/en/sanctions/1718/resolutions');
export const UN_2270 = s('UN_2270', 'UN Security Council', 'https://www.un.org/securitycouncil/s/res/2270-%282016%29');
export const UN_2356 = s('UN_2356', 'UN press release, 2 Jun 2017', 'https://press.un.org/en/2017/sc12853.doc.htm');
export const USEMBASSY_2321 = s(
  'USEMBASSY_2321',
  'US Embassy Seoul fact sheet',
  'https://kr.usembassy.gov/113016-fact-sheet-resolution-2321-2016-strengthening-sanctions-dprk/',
);
export const ASIL_2371 = s(
  'ASIL_2371',
  'ASIL',
  'https://asil.org/print/blogs/un-security-council-passes-resolution-strengthening-sanctions-against-north-korea-august-5',
);
export const ASIL_2375 = s('ASIL_2375', 'ASIL', 'https://asil.org/node/7032');
export const NKNEWS_2397 = s(
  'NKNEWS_2397',
  'NK News, Dec 2017',
  'https://www.nknews.org/2017/12/security-council-adopts-measures-capping-n-korean-oil-banning-migrant-labor/',
);
export const HUFFPOST = s(
  'HUFFPOST',
  'HuffPost',
  'https://www.huffpost.com/entry/john-bolton-trump-kim-summit-success_n_5c7be252e4b0e5e313cb880a',
);
export const JESSICA_STONE = s('JESSICA_STONE', 'Jessica Stone', 'https://jessica-stone.com/hanoi-getting-trumped/');
export const SUPERSUMMARY = s(
  'SUPERSUMMARY',
  'SuperSummary on the Bolton memoir',
  'https://supersummary.com/the-room-where-it-happened/chapters-4-6',
);
export const INFOGALACTIC = s(
  'INFOGALACTIC',
  'Infogalactic',
  'https://infogalactic.com/info/2019_North_Korea%E2%80%93United_States_Hanoi_Summit',
);

// The analysts' debate (dossier §5)
export const WORLDCRUNCH = s(
  'WORLDCRUNCH',
  'Worldcrunch',
  'https://worldcrunch.com/world-affairs/no-free-lunch-what-trump-must-face-on-north-korean-nukes',
);
export const DEFENSE_ONE = s(
  'DEFENSE_ONE',
  'Defense One, Feb 2019',
  'https://www.defenseone.com/ideas/2019/02/trump-was-right-walk-away/155210/',
);
export const ARIRANG_MOON = s(
  'ARIRANG_MOON',
  'Arirang, Jan 2020',
  'https://www.arirang.com/mobile/News_Detail.asp?nSeq=251301&NCate=2',
);
export const BOLTON_EXCERPT = s(
  'BOLTON_EXCERPT',
  'Bolton memoir, unofficial online excerpt',
  'https://whosread.com/343464/8452518',
);
export const FOREIGN_POLICY = s(
  'FOREIGN_POLICY',
  'Foreign Policy, 28 Feb 2019',
  'https://foreignpolicy.com/2019/02/28/trump-was-right-to-walk-away/',
);
export const INKL_AXIOS = s(
  'INKL_AXIOS',
  'Axios via Inkl',
  'https://www.inkl.com/news/north-korean-test-site-back-up-and-running-after-hanoi-failure',
);
export const RON_PAUL = s(
  'RON_PAUL',
  'Ron Paul Institute citing Bloomberg',
  'https://ronpaulinstitute.org/better-no-deal-than-bad-deal-walking-out-of-hanoi-summit-earns-trump-bipartisan-praise/',
);
export const BULLETIN = s(
  'BULLETIN',
  'Bulletin of the Atomic Scientists, Mar 2019',
  'https://thebulletin.org/2019/03/summit-datebook-2-after-hanoi-relieved-but-still-curious/',
);
export const CSIS_CHA = s(
  'CSIS_CHA',
  'CSIS (Victor Cha)',
  'https://www.csis.org/analysis/could-trump-deal-kim-jong-un-be-october-surprise-john-bolton-seems-think-so',
);
export const KJDA = s(
  'KJDA',
  'Kelly and Derr, KJDA 2021',
  'https://readkong.com/page/north-korea-s-missed-opportunity-the-unique-dovish-moment-8291150',
);
export const PEACE_DEPOT = s(
  'PEACE_DEPOT',
  'Peace Depot, Apr 2019',
  'https://nonukes-northeast-asia-peacedepot-eng.blogspot.com/2019/04/',
);
export const ICMSS_MISSILES = s('ICMSS_MISSILES', 'ICMSS summary (secondary)', 'https://www.icmssfebui.com/post/tgif-19-01');
