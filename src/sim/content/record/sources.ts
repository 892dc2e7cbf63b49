/**
 * Source links for the record, copied from shared/reference/hanoi-dossier.md. Every URL here appears in
 * the dossier; labels name the outlet (and, where known, the date). Shared by the timeline, the disputes,
 * the quotes, the counterfactuals, the briefs and the glossary.
 */
import type { Source } from '../types.ts';

const s = (id: string, label: string, url: string): Source => ({ id, label, url });

// Before Hanoi (dossier §1a)
export const ACA = s('ACA', 'Arms Control Association', 'https://www.armscontrol.org/country/9/date?page=7');
export const NHUB_WRAP = s('NHUB_WRAP', 'Reuters wrap via nhub', 'http://nhub.news/?p=1024944');
export const STRAITS_SINGAPORE = s(
  'STRAITS_SINGAPORE',
  'Straits Times',
  'https://www.straitstimes.com/politics/trump-kim-summit-joint-statement-a-crucial-first-move-towards-lasting-peace-and-stability',
);
export const NKNEWS_GANGSTER = s(
  'NKNEWS_GANGSTER',
  'NK News, Jul 2018',
  'https://www.nknews.org/2018/07/pompeo-dismisses-north-korean-criticism-calls-for-continued-talks/?c=1531153232012',
);
export const UPI_GANGSTER = s(
  'UPI_GANGSTER',
  'UPI, 8 Jul 2018',
  'https://www.upi.com/Top_News/US/2018/07/08/Mike-Pompeo-dismisses-claim-of-gangster-like-North-Korea-talks/3041531062008/?spt=su',
);
export const KURV_REMAINS = s('KURV_REMAINS', 'AP via KURV', 'http://www.kurv.com/un-command-says-55-cases-of-remains-returned/');
export const WTVR_REMAINS = s(
  'WTVR_REMAINS',
  'WTVR/CNN, 26 Jul 2018',
  'https://wtvr.com/2018/07/26/north-korea-hands-over-the-possible-remains-of-american-war-dead',
);
export const INFORUM = s(
  'INFORUM',
  'Washington Post via Inforum',
  'https://www.inforum.com/newsmd/pompeo-kim-jong-un-agree-to-hold-2nd-summit-with-trump-as-soon-as-possible',
);
export const JANES_SEPT = s(
  'JANES_SEPT',
  'Janes',
  'https://www.janes.com/article/83191/north-korea-willing-to-permanently-dismantle-yongbyon-nuclear-site',
);
export const USATODAY_SEPT = s(
  'USATODAY_SEPT',
  'USA Today, 19 Sep 2018',
  'https://www.usatoday.com/story/news/world/2018/09/19/kim-jong-un-moon-jae-sign-agreement-peace/1355006002/',
);
export const BREITBART_FFVD = s(
  'BREITBART_FFVD',
  'Breitbart quoting the State Department, 26 Sep 2018',
  'https://breitbart.com/asia/2018/09/26/pompeo-north-korea-set-second-trump-kim-summit/amp',
);
export const AZVISION = s(
  'AZVISION',
  'AzVision',
  'https://en.azvision.az/news/93556/pompeo-to-visit-north-korea-again-at-weekend-despite-negative-signals.html',
);
export const HILL_NOV = s(
  'HILL_NOV',
  'The Hill',
  'https://digital-stage.thehill.com/policy/defense/415429-pompeos-meeting-with-north-korean-officials-postponed',
);
export const AMN_NOV = s(
  'AMN_NOV',
  'American Military News, Nov 2018',
  'https://americanmilitarynews.com/2018/11/us-abruptly-delays-pompeos-north-korea-meeting-no-new-date/',
);
export const YONHAP_JAN = s('YONHAP_JAN', 'Yonhap, 18 Jan 2019', 'https://en.yna.co.kr/view/AEN20190118009856315');
export const ABC57_JAN = s('ABC57_JAN', 'ABC57/CNN', 'https://www.abc57.com/news/white-house-announces-second-trump-kim-summit');
export const GEPHARDT = s(
  'GEPHARDT',
  'UPI via Gephardt Daily',
  'https://gephardtdaily.com/national-international/trump-north-koreas-kim-to-hold-second-summit-in-february/',
);
export const DAILY_AMERICAN_COATS = s(
  'DAILY_AMERICAN_COATS',
  'Daily American/USA Today, 29 Jan 2019',
  'https://www.dailyamerican.com/story/news/2019/01/29/us-intel-chief-dan-coats-north-korea-unlikely-to-completely-give-up-its-nukes/116108986/',
);
export const AHRAM_COATS = s('AHRAM_COATS', 'Reuters via Ahram Online', 'https://english.ahram.org.eg/NewsPrint/322650.aspx');
export const MAVERICK_BIEGUN = s(
  'MAVERICK_BIEGUN',
  'Bloomberg via Daily Maverick, 1 Feb 2019',
  'https://www.dailymaverick.co.za/article/2019-02-01-u-s-says-north-korea-promised-to-destroy-enrichment-facilities/',
);
export const JT_BIEGUN = s(
  'JT_BIEGUN',
  'Japan Times, 1 Feb 2019',
  'https://www.japantimes.co.jp/news/2019/02/01/asia-pacific/politics-diplomacy-asia-pacific/u-s-envoy-north-korea-warns-asia-pacific-nuclear-weapons-challenge-softens-demand-list-arsenal/',
);
export const RT_NEWSLINE = s(
  'RT_NEWSLINE',
  'RT newsline citing AFP/Yonhap',
  'https://www.rt.com/newsline/451851-korea-envoy-hanoi-trump-summit/',
);
export const LAHT = s(
  'LAHT',
  'EFE via Latin American Herald Tribune',
  'http://www.laht.com/article.asp?ArticleId=2474989&CategoryId=12395&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+laht%2Fmailer+%28Latin+American+Herald+Tribune%29',
);

// The summit (dossier §1b)
export const KBS_INDONESIAN = s(
  'KBS_INDONESIAN',
  'KBS (Indonesian)',
  'http://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=53517',
);
export const BUSINESS_STANDARD = s(
  'BUSINESS_STANDARD',
  'PTI/AFP via Business Standard',
  'https://www.business-standard.com/amp/article/pti-stories/n-korea-s-us-envoy-arrives-in-hanoi-ahead-of-trump-kim-summit-119022000899_1.html',
);
export const NNA = s('NNA', 'Kyodo via NNA', 'https://english.nna.jp/articles/478');
export const STARCONNECT = s(
  'STARCONNECT',
  'US briefing via StarConnect, Mar 2019',
  'https://starconnectmedia.com/2019/03/north-korea-unwilling-to-freeze-all-weapons-of-mass-destruction-us',
);
export const GOVBALL = s(
  'GOVBALL',
  'White House text via US Embassy China, 24 Feb 2019',
  'https://china.usembassy-china.org.cn/remarks-by-president-trump-at-2019-governors-ball/',
);
export const JT_ENDWAR = s(
  'JT_ENDWAR',
  'Japan Times, 25 Feb 2019',
  'https://www.japantimes.co.jp/news/2019/02/25/asia-pacific/politics-diplomacy-asia-pacific/seoul-says-u-s-north-korea-reach-deal-end-war-declaration/',
);
export const WAPO_TRAIN = s(
  'WAPO_TRAIN',
  'Washington Post',
  'https://www.washingtonpost.com/world/north-korean-leader-kim-jong-un-arrives-in-vietnam-by-train-for-summit-with-trump/2019/02/25/5e2a9420-3912-11e9-b786-d6abcbcd212a_story.html',
);
export const CGTN_MELIA = s('CGTN_MELIA', 'CGTN', 'https://news.cgtn.com/news/3d3d514e7855544f32457a6333566d54/index.html');
export const VIETNAMSTAR = s(
  'VIETNAMSTAR',
  'Washington Post via Vietnam Star',
  'https://vietnamstar.net/trump-kim-nuclear-summit-scheduled-to-begin-today-in-vietnam',
);
export const CNN_SNUB = s(
  'CNN_SNUB',
  'CNN, 6 Mar 2019',
  'https://www.cnn.com/2019/03/06/politics/trump-kim-hanoi-summit-snub/index.html',
);
export const CFJC = s(
  'CFJC',
  'AP via CFJC, 26 Feb 2019',
  'https://cfjctoday.com/2019/02/26/one-on-one-trump-kim-confront-north-koreas-nuke-plans/',
);
export const PAKISTAN_TODAY_COHEN = s(
  'PAKISTAN_TODAY_COHEN',
  'NYT via Pakistan Today, 28 Feb 2019',
  'https://archive.pakistantoday.com.pk/2019/02/28/trump-meets-kim-jong-un-to-start-summit-talks',
);
export const BEAUFORT = s(
  'BEAUFORT',
  'White House transcript mirror (Beaufort County Now)',
  'https://www.beaufortcountynow.com/post.php?post=31501&autopage=2',
);
export const NHUB_GREET = s('NHUB_GREET', 'Reuters via nhub', 'http://nhub.news/fr/?p=1420997');
export const UCSB = s(
  'UCSB',
  'UCSB American Presidency Project',
  'https://www.presidency.ucsb.edu/documents/remarks-meeting-with-chairman-the-state-affairs-commission-kim-jong-un-north-korea-and',
);
export const HANI_DINNER = s(
  'HANI_DINNER',
  'Hankyoreh',
  'http://worldcup2014.hani.co.kr/arti/english_edition/e_northkorea/883993.html',
);
export const VNN_DINNER = s(
  'VNN_DINNER',
  'Viet Nam News',
  'https://vietnamnews.vn/politics-laws/506197/us-president-trump-meets-with-dprk-chairman-kim.html',
);
export const SIGAL = s('SIGAL', '38 North (Leon Sigal), Mar 2019', 'https://www.38north.org/2019/03/lsigal030519/');
export const VIETNAMPLUS = s(
  'VIETNAMPLUS',
  'VietnamPlus',
  'https://betaen.vietnamplus.vn/us-dprk-leaders-attend-expanded-meeting-post147408.vnp',
);
export const WBRZ = s('WBRZ', 'AP via WBRZ', 'http://www.wbrz.com/news/trump-kim-hold-first-formal-bilateral-meeting');
export const HANOIECOMMERCE = s(
  'HANOIECOMMERCE',
  'White House transcript mirror (hanoiecommerce.com), 28 Feb 2019',
  'http://hanoiecommerce.com/2019/02/28/remarks-by-president-trump-and-chairman-kim-jong-un-of-the-democratic-peoples-republic-of-korea-before-expanded-bilateral-meeting/',
);
export const MINPLUS = s('MINPLUS', 'Minplus (Korean)', 'http://www.minplusnews.com/news/articleView.html?idxno=6969');
export const REUTERS_PAPER = s(
  'REUTERS_PAPER',
  'Reuters via Lincoln Daily News, 30 Mar 2019',
  'https://archives.lincolndailynews.com/2019/Mar/30/NEWS/news_m.shtml',
);
export const YAHOO_WALK = s(
  'YAHOO_WALK',
  'Yahoo News',
  'https://news.yahoo.com/trump-abruptly-leaves-kim-jong-un-summit-without-deal-092216721.html',
);
export const CNN_TRANSCRIPT = s(
  'CNN_TRANSCRIPT',
  'CNN transcript, 28 Feb 2019',
  'http://transcripts.cnn.com/TRANSCRIPTS/1902/28/cnr.19.html',
);
export const CENTRELINE = s(
  'CENTRELINE',
  'CNN via Centreline, 2 Mar 2019',
  'https://centreline.com.pk/2019/03/02/trump-kims-summit-dream-fell-apart/',
);
export const KSL = s('KSL', 'AP via KSL', 'https://ksltv.com/409062/no-deal-trump-kim-summit-collapses-sanctions-impasse/');
export const GLBL_CHOE = s(
  'GLBL_CHOE',
  'Secondary summary of a March 2019 report (blog)',
  'https://glblgeopolitics.wordpress.com/2019/03/08/report-north-koreans-got-desperate-after-trump-walked-away/',
);
export const VOA_PRESSER = s(
  'VOA_PRESSER',
  'VOA',
  'https://www.voanews.com/amp/key-points-from-trump-press-conference-in-hanoi/4807366.html',
);
export const SSI_DIPLOMAT = s(
  'SSI_DIPLOMAT',
  'The Diplomat via SSI, Mar 2019',
  'https://strategicstudyindia.com/2019/03/first-impressions-understanding-what.html',
);
export const NEWSTALKZ = s(
  'NEWSTALKZ',
  'CBS live updates via Newstalkz, 28 Feb 2019',
  'https://www.newstalkz.com/2019/02/28/trump-press-conference-today-u-s-north-korea-summit-with-kim-jong-un-cut-short-no-deal-reached-in-hanoi-live-updates/',
);
export const ARIRANG_VIDEO = s('ARIRANG_VIDEO', 'Arirang via Dailymotion', 'http://www.dailymotion.com/video/x737mbq');
export const NBC_JACKSON = s(
  'NBC_JACKSON',
  'NBC (Hallie Jackson)',
  'https://www.nbcnews.com/card/hickenlooper-jumps-democratic-presidential-primary-n978901',
);
export const ASIATIMES = s(
  'ASIATIMES',
  'Asia Times/Kyodo, Mar 2019',
  'https://asiatimes.com/2019/03/north-korea-disputes-trumps-hanoi-summit-claims/',
);
export const KBS_MANILA = s(
  'KBS_MANILA',
  'KBS citing Reuters',
  'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=143372&lang=e',
);
export const HANI_KCNA = s(
  'HANI_KCNA',
  'Hankyoreh',
  'http://worldcup2014.hani.co.kr/arti/english_edition/e_northkorea/884475.html',
);
export const AUTHORY_DENYER = s(
  'AUTHORY_DENYER',
  'Washington Post via Authory',
  'https://authory.com/simondenyer/After-US-North-Korea-nuclear-summit-fails-all-sides-scramble-to-salvage-the-talks-despite-major-differences-a2084a7f6171a4045ae3b78ac9c107926',
);
export const SHOROUK = s('SHOROUK', 'Shorouk (Arabic)', 'https://www.masress.com/shorouk/1371043');
export const PAKISTAN_TODAY_MOON = s(
  'PAKISTAN_TODAY_MOON',
  'AFP via Pakistan Today, 1 Mar 2019',
  'https://archive.pakistantoday.com.pk/2019/03/01/s-koreas-moon-says-meaningful-progress-despite-no-deal-summit/',
);
export const VOV_CHOE = s(
  'VOV_CHOE',
  'VOV',
  'https://m.vovworld.vn/en-US/actualites/sommet-de-hanoi-pyongyang-assure-avoir-propose-la-destruction-totale-dyongbyon-728447.vov',
);
