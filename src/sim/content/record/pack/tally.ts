/**
 * The whiteboard tally for classes without the class server: one grid of tables × endings and one of
 * the level each table agreed per issue, to fill in (or copy onto the board) from the tables' outcome
 * forms, and a note pointing to the class mode's dashboard where the server runs. The endings and issues
 * themselves are the scenario's (the front end lists them); only the sheet's own words are here.
 */

export const TALLY = {
  /** Columns for tables on the printed grids: a class of 30 in pairs against the computer is 15 tables. */
  tables: 15,
  title: 'Whiteboard tally: the class board on paper',
  intro:
    'For classes without the class server. Each table hands in its outcome form; copy its ending and levels here, or draw the same grids on the board.',
  classMode:
    'Where the class server runs (Run a class, on the title screen), its dashboard is this board: it fills in as tables finish, and exports CSV or JSON.',
  endingsHeading: 'Endings: one tick per table (tables are numbered across)',
  endingLabel: 'Ending',
  issueLabel: 'Issue',
  tablesLabel: 'Table',
  totalLabel: 'Total',
  levelsTitle: 'Whiteboard tally: what each table agreed',
  levelsIntro:
    'Write the number of the level each table agreed (from its outcome form); leave the cell empty where no deal was signed. The levels are listed under each issue.',
  levelsHeading: 'Agreed level per issue',
  steps: [
    'Describe. Count the ticks: how many deals, how many walkouts?',
    'Analyse. Read the levels across: which issues moved at every table that made a deal, and which never did?',
  ],
} as const;
