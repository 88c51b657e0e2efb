import { cross, type ReasonCues } from "./types";

// Holiday, business trip, trade fair, sick leave, out-of-office — of the buyer
// or of whoever signs the payment (PRODUCT.md §4). Seasonal greetings ("happy
// holidays", "Eid Mubarak", "新年快乐") and wishes for the rep's own holiday
// are masked; "I am back" takes the reason back.

const EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/*
 * Seasonal greetings, built from their two halves so that every pairing is masked, not only the
 * ones listed: a wish or a kind word right before a season or feast ("a *prosperous new year*",
 * "best *wishes for the holidays*", "*meilleurs vœux pour les fêtes*"). Each half stays next to
 * the other: "we wish to inform you that we are closed for the holidays" is no greeting.
 */
const SEASONS_EN =
  "holiday|holidays|holiday season|festive season|festivities|new year|christmas|xmas|" +
  "chinese new year|lunar new year|spring festival|cny|eid|ramadan|diwali|easter|thanksgiving";
const GREETINGS_EN =
  cross(
    "happy|merry|prosperous|joyful|joyous|peaceful|healthy|successful|blessed|wonderful|" +
      "lovely|relaxing|restful|pleasant|great|good|nice|fantastic|beautiful|festive|bright",
    SEASONS_EN
  ) +
  "|" +
  cross(
    "wish you|wish you a|wish you the|wishing you|wishing you a|wishing you the|wishes for|" +
      "wishes for a|wishes for the|best for|best for a|best for the|greetings for the|" +
      "greetings of the",
    SEASONS_EN
  );
const SEASONS_ES = "fiestas|navidad|año nuevo|nuevo año|año|pascuas|fin de año|vacaciones";
const GREETINGS_ES =
  cross(
    "feliz|felices|próspero|próspera|buen|buena|buenas|excelente|excelentes|lindas|linda|" +
      "hermosas|hermosa|maravillosas|maravillosa|venturoso|exitoso|bendecida|bendecidas",
    SEASONS_ES
  ) +
  "|" +
  cross(
    "deseos para|deseos en|lo mejor para|lo mejor en|saludos para|saludos en",
    "estas fiestas|las fiestas|el año nuevo|el nuevo año|la navidad|esta navidad|navidad|" +
      "estas fechas|el próximo año"
  );
const SEASONS_FR = "fêtes|fête|noël|nouvel an|année|nouvelle année|fin d'année|vacances|aïd";
const GREETINGS_FR =
  cross(
    "bon|bonne|bonnes|joyeux|joyeuse|joyeuses|belle|belles|excellente|excellentes|heureux|" +
      "heureuse|heureuses|merveilleuses|paisibles|douces|sereines",
    SEASONS_FR
  ) +
  "|" +
  cross(
    "vœux pour|voeux pour|vœux de|voeux de|souhaits pour|vœux à l'occasion de|" +
      "voeux à l'occasion de",
    "les fêtes|le nouvel an|noël|la nouvelle année|l'année|la fin d'année|l'aïd|la tabaski"
  );
const SEASONS_DE =
  "feiertage|festtage|weihnachten|weihnachtstage|weihnachtsfeiertage|ostern|fest|neujahr|" +
  "neues jahr|neue jahr|jahreswechsel|ferien";
const GREETINGS_DE =
  cross(
    "frohe|frohes|schöne|schönes|besinnliche|besinnliches|erholsame|gesegnete|gesegnetes|" +
      "friedliche|fröhliche|gutes|erfolgreiches|gesundes",
    SEASONS_DE
  ) +
  "|" +
  cross(
    "wünsche für|wünsche zu|wünsche zum|grüße zu|grüße zum|grüße für|alles gute für|" +
      "alles gute zu|alles gute zum",
    "die feiertage|den feiertagen|die festtage|den festtagen|weihnachten|das neue jahr|" +
      "neujahr|das fest|die weihnachtszeit|den jahreswechsel|ostern"
  );
const SEASONS_PT = "festas|natal|ano novo|novo ano|páscoa|fim de ano|final de ano";
const GREETINGS_PT =
  cross(
    "feliz|felizes|próspero|próspera|boas|bom|boa|ótimo|ótimas|ótima|excelente|lindas|" +
      "abençoado|abençoadas|abençoada|maravilhoso|maravilhosas",
    SEASONS_PT
  ) +
  "|" +
  cross(SEASONS_PT, "abençoado|abençoada|abençoadas|feliz|felizes|próspero|cheio de paz") +
  "|" +
  cross(
    "votos de|votos para|desejos de|desejos para",
    "boas festas|um feliz|um próspero|um ótimo|as festas|o natal|o ano novo|natal|ano novo"
  );

export const AWAY: ReasonCues = {
  reason: "away",
  cues: {
    en: {
      strong: [
        "on vacation|on holiday|on holidays|on leave|on annual leave|on maternity leave|" +
          "on paternity leave|on sick leave|sick leave|in hospital|in the hospital|hospitalized|" +
          "hospitalised|out of office|out of the office|away from the office|away from office|" +
          "out of the country|not in the office|away from my desk|limited access to email|" +
          "limited access to e-mail|limited access to my email|no access to email|" +
          "limited internet|no internet|currently abroad|i am abroad|i'm abroad|" +
          "i am away|i'm away|we are away|i was away|he is away|she is away|currently away|" +
          "away until|away till|will be away|be away for|been away|away for a few days|" +
          "on medical leave|on parental leave|on compassionate leave|on bereavement leave|" +
          "on personal leave|on study leave|maternity leave|paternity leave|parental leave|" +
          "off sick|out sick|called in sick|signed off sick|taking time off|took time off|" +
          "taking some time off|on time off|out of town|out of station|outstation|" +
          "i am overseas|i'm overseas|currently overseas|he is overseas|she is overseas|" +
          "overseas until|overseas this week|overseas on business|i am out until|i'm out until|" +
          "will be out until|is out until|out of the office until",
        "business trip|on a trip|travelling|traveling|on the road|abroad this week|" +
          "at the fair|at the exhibition|at a trade fair|at the trade fair|at the trade show|" +
          "at the canton fair|at a fair|at an exhibition|at the expo|at an expo|at a trade show|" +
          "exhibiting at|exhibiting in|our booth at|our stand at|trade mission|trade delegation|" +
          "business delegation|on a delegation|work trip|overseas trip|travel for work|" +
          "at a conference|at the conference|attending a conference|at a seminar|" +
          "attending a seminar|on a training|on training|on a course|training course|" +
          "fly home|flew home|flying home|flown home|flight home|went back home|gone back home|" +
          "back home for|to his home country|to her home country|in my home country|" +
          "to his hometown|to her hometown|visiting family|visiting my family|visiting relatives|" +
          "family visit|honeymoon|my wedding|his wedding|her wedding|getting married|got married",
        "attending|visiting … fair|exhibition|expo|trade show",
        "at|attending|visiting|exhibiting at … automechanika|gulfood|big 5|arab health|hannover messe|" +
          "ambiente|bauma|canton fair|interzum|anuga|sial|intersec|medica|chinaplas|drupa|" +
          "equip hotel|gitex|heimtextil|eurobike|ispo|cosmoprof|vinexpo|fruit logistica|" +
          "spoga|the hotel show|index dubai|saudi build|project qatar",
        "during chinese new year|after chinese new year|before chinese new year|" +
          "for chinese new year|chinese new year holiday*|cny holiday*|after cny|during cny|" +
          "spring festival holiday*|new year holiday*|christmas holiday*|christmas break|" +
          "year-end holiday*|public holiday*|national holiday*|national day holiday*|bank holiday*|golden week|" +
          "summer holiday*|summer vacation|summer break|easter holiday*|during ramadan|" +
          "after ramadan|end of ramadan|eid holiday*|after eid|during eid|eid al|eid-al|eid ul|" +
          "eid break|hajj|umrah|diwali holiday*|after diwali|after the holiday*|after holiday*|" +
          "after the vacation|after my vacation|after my holiday*|after the new year|" +
          "after new year|after the festival|lunar new year holiday*|during lunar new year|" +
          "after lunar new year|tet holiday*|during tet|after tet|songkran|hari raya|deepavali|" +
          "during diwali|puja holiday*|durga puja|carnival holiday*|during carnival|" +
          "after carnival|over the holidays|during the holidays|over the holiday period|" +
          "during the holiday period|holiday period|festive break|festive period|" +
          "over christmas|during christmas|after christmas|over the christmas|" +
          "christmas period|christmas closure|christmas shutdown|year-end closure|" +
          "year end closure|year-end shutdown|year end shutdown|annual shutdown|" +
          "summer shutdown|holiday shutdown|holiday closure|plant shutdown|factory shutdown|" +
          "office closure|end of year break|year end break|year-end break|new year break|" +
          "over the long weekend|after the long weekend|during the long weekend|" +
          "easter break|after easter|over easter|during easter|good friday|boxing day|" +
          "after the eid|for the eid|for eid|eid holiday|eid break",
        "will be back|i'll be back|be back on|be back in|be back from|be back after|be back next|" +
          "when i return|when i'm back|when i am back|when i come back|when i get back|" +
          "when he returns|when he is back|when he's back|when she returns|when she is back|" +
          "upon my return|after my return|on my return|after i return|once i return|" +
          "once i'm back|once he is back|once he's back|return on|returning on|" +
          "return to the office|back to the office on|back in the office on|" +
          "when she's back|once she is back|once she's back|once he returns|once she returns|" +
          "after he returns|after she returns|upon his return|upon her return|on his return|" +
          "on her return|after his return|after her return|he returns on|she returns on|" +
          "until he returns|until she returns|until i return|till he returns|" +
          "till she returns|until he's back|until she's back|until he is back|until she is back|" +
          "until i'm back|until i am back|the day he's back|the day she's back|" +
          "the day he is back|the day she is back|when they return|when they are back|" +
          "when they're back|once they are back|once they're back|when we are back|" +
          "when we're back|once we are back|once we're back|when we return|once we return|" +
          "as soon as i'm back|as soon as i am back|as soon as he's back|as soon as he is back|" +
          "as soon as she's back|as soon as she is back|as soon as we're back|" +
          "as soon as we are back|as soon as i return|as soon as he returns|" +
          "as soon as she returns|as soon as we return|when back in the office|" +
          "once back in the office|when back in office|once back|expected back|due back|" +
          "back to office next|back to the office next|back in the office next|" +
          "after we reopen|when we reopen|once we reopen|until we reopen|we reopen on|" +
          "office reopens|reopens on|reopen on|reopening on",
        cross(
          "back|back on|back in the office|back in office|back at the desk|back at work|" +
            "back to office|back to the office|returning|returns|in the office on",
          EN_DAYS
        ),
        "office is closed|office will be closed|offices are closed|office closed|we are closed|" +
          "we will be closed|we'll be closed|closed from|closed until|closed during|" +
          "factory is closed|company is closed|closed for the holiday*|closed for holiday*|" +
          "banks are closed|bank is closed|banks were closed|bank was closed|banks will be closed|" +
          "offices will be closed|office remains closed|offices remain closed|will remain closed|" +
          "closed over|closed for chinese new year|closed for cny|closed for eid|" +
          "closed for christmas|closed for the festive|closed for the new year|" +
          "closed for the national|closed for the long weekend|closed for the summer|" +
          "closed for the week|closed for the season|shut for|shut until|shut down for|" +
          "company will be closed|factory will be closed|warehouse is closed|" +
          "warehouse will be closed|closed this week|closed next week|we are shut|we're shut|" +
          "we're closed",
        "accountant|finance manager|finance department|finance|cfo|boss|manager|director|" +
          "owner|chairman|gm|general manager|person in charge|signatory|colleague|cashier|" +
          "treasurer|accounts department|accounting|finance team|md|ceo|managing director|" +
          "founder|proprietor|president|head of finance|finance head|bookkeeper|" +
          "accounts manager|the only one who|the only person who … " +
          "on leave|on holiday|on vacation|away|sick|travelling|traveling|abroad|out of office|" +
          "out of the office|on a business trip|not in the office|overseas|unwell|ill|" +
          "in hospital|in the hospital|off sick|on sick leave|on annual leave|" +
          "on maternity leave|out of town|out of station|at the fair|at the exhibition|" +
          "on a trip|off work|not available until|unavailable until",
        "i was sick|i am sick|i'm sick|i have been sick|i've been sick|i was ill|i have been ill|" +
          "i've been ill|i am ill|family emergency|medical leave|surgery|funeral|" +
          "i am unwell|i'm unwell|i was unwell|i've been unwell|i have been unwell|" +
          "been unwell|not feeling well|feeling unwell|under the weather|down with flu|" +
          "down with the flu|down with fever|down with covid|down with a fever|" +
          "tested positive|had covid|got covid|have covid|recovering from|had an operation|" +
          "for an operation|for a small operation|for small operation|after an operation|" +
          "after surgery|minor surgery|bereavement|death in the family|" +
          "passed away|personal emergency|medical emergency|family matter|family reasons|" +
          "health reasons|health issue|health issues|sick day|sick days|hospitalization",
        "not in office|not at the office|not in the office this week|not around this week|is not around|isn't around|not available this week|unavailable this week|away this week|on leave this week|has travelled|has traveled|have travelled|have traveled|travelled out|traveled out|travel out|don travel|went on leave|gone on leave|went on vacation|gone on vacation|went on holiday|gone on holiday|in the village|went to the village|gone to the village|went upcountry|gone upcountry|is upcountry|travelled home|traveled home|gone home for|went home for",
        "when back|once back|till back|until back|when he come back|when he comes back|when she comes back|when she come back|till he come back|until he come back|till he comes back|until he comes back|until she comes back|when he return|when she return|once he come back|when oga come back|when oga return|when boss come back|when boss returns|when the boss returns|when the boss is back|when boss is back",
        "with family|with his family|with her family|with my family|with the family … till|until|for the week|for two weeks|for a week|this week|next week",
        "boss|oga|madam|manager|accountant|director|owner|md|ceo|cfo … has travelled|has traveled|travelled|traveled|don travel|is on leave|went on leave|not in office|not around|not available|no dey",
        "accountant|finance manager|boss|manager|director|owner|md|ceo|cfo|gm|general manager|chairman|signatory|oga|madam … is in|is at|is currently in|is still in|is now in|is over in … till|until|untill|through|for the week|for two weeks|for a week",
        "after i'm back|after i am back|after we're back|after we are back|after he's back|after he is back|after she's back|after she is back|by the time i'm back|by the time i am back|after i get back|after he gets back|after she gets back|after we get back",
        "back on 1*|back on 2*|back on 3*|back on 4*|back on 5*|back on 6*|back on 7*|back on 8*|back on 9*|back on the 1*|back on the 2*|back on the 3*|back on the 4*|back on the 5*|back on the 6*|back on the 7*|back on the 8*|back on the 9*|back by the 1*|back by the 2*|back by the 3*|back after the 1*|back after the 2*|back after the 3*",
      ],
      weak: [
        "vacation|holiday|holidays|travel|trip|abroad|exhibition|trade fair|trade show|" +
          "canton fair|expo|chinese new year|spring festival|cny|ramadan|eid|christmas|" +
          "new year|festival|holiday season|national day|lunar new year|carnival|diwali|" +
          "thanksgiving|long weekend|festive season|reduced hours|reduced working hours|" +
          "short hours|only signatory|sole signatory|only one who can sign|" +
          "only person who can|nobody else can|no one else can|day off|days off|flight|" +
          "wedding|doctor|reopen|as soon as we resume|when we resume|" +
          "once we resume|back in the office|back at the desk|available again|reachable again|" +
          "back online|delegation|sourcing trip|buying trip|independence day|labour day|" +
          "labor day|easter|hometown|family",
        "for the fair|for the exhibition|for the expo|for the trade show|for an exhibition|for a trade fair|for a fair|poor network|network is poor|network there is|no network|bad network|network is bad|poor signal|no signal|bad signal|network issues|network problem*",
        "only he can sign|only she can sign|only he signs|only she signs|he is the only one|she is the only one|only one who signs|he alone can sign|she alone can sign",
      ],
      against: [
        "i'm back|i am back|we are back|we're back|now back|back now|just back|just got back|" +
          "just returned|i have returned|i've returned|returned from|came back from|got back from|" +
          "back from holiday|back from vacation|back from my trip|back in the office now|" +
          "back at the office|back at my desk|is back now|is back in the office|has returned|" +
          "have reopened|we reopened|has reopened|back at work now|back to work now|" +
          "i'm back in the office|i am back in the office",
        "just back from|just got back from|just returned from|only just back|recently back from|back from my trip|back from the trip|back from the fair|back from leave",
      ],
      masks: [
        "our customer|our client|my customer|my client|the customer|the client|our customers|" +
          "our clients|end customer|end user|our buyer … on holiday|on vacation|away|travelling|" +
          "traveling|on leave|closed|out of office|abroad",
        "happy holiday*|happy new year|merry christmas|happy chinese new year|happy cny|" +
          "happy spring festival|eid mubarak|ramadan kareem|ramadan mubarak|happy eid|" +
          "happy diwali|season's greetings|seasons greetings|enjoy your holiday*|" +
          "enjoy your vacation|enjoy the holiday*|nice holiday*|good holiday*|your holiday*|" +
          "your vacation|your trip|your leave|happy easter|have a nice weekend|nice weekend|" +
          "leave it|leave the|leave a|leave us|leave you|leave me|please leave|leave message|" +
          "take leave of|on the trip of the vessel|round trip|trip of the goods|" +
          "holiday schedule|holiday notice|during your holiday*|after your holiday*|" +
          "after your vacation|when you are back|when you're back|when you return|" +
          "return on investment|be back to you|back to you|be back with|get back to you|" +
          "right away|straight away|straightaway|far away|give away|take away|" +
          "happy holiday season|enjoy the holiday season|wonderful holiday season|" +
          "happy lunar new year|happy tet|happy thanksgiving|happy long weekend|" +
          "enjoy the long weekend|enjoy your long weekend|nice long weekend|" +
          "your christmas|your new year|your chinese new year|your national day|" +
          "your golden week|your factory|your office|your company|your return|your team|" +
          "once you are back|once you're back|when you get back|get back to me|" +
          "back on track|back on schedule|back on the table|back on our feet|" +
          "closed the deal|closed a deal|deal closed|closed the account|closed our account|" +
          "closed for business|your wedding|get back with|come back to you|come back with",
        "slow reply|late reply|delayed reply|late response|slow response|delay in replying|" +
          "delay in responding|delayed response|replying late|slow to reply|slow to respond … " +
          "i was travelling|i was traveling|i was away|i was on a trip|i was out of office|" +
          "i was out of the office|i've been travelling|i've been traveling|" +
          "i have been travelling|i have been traveling",
        "back in stock|back order|back-order|happy festive season|happy festive|compliments of the season|wishing you a merry|wish you a merry|wishing you happy|wishing you a happy|wish you happy|wish you a happy",
        GREETINGS_EN,
        "your family|you and your family|you and your team|you and your loved ones",
        "i was travelling|i was traveling|i was away|i was on a trip|i was on holiday|i was on vacation|i was on leave|i was out of office|i was out of the office|i was abroad|i was at the fair|was on a business trip|were travelling|were traveling|was travelling|was traveling|were away|were closed|was closed … last week|last month|past week|past few days|previous week|earlier this week|over the weekend|the other day",
        "last week|last month|the past few days|past week|earlier this week|previous week … i was travelling|i was traveling|i was away|i was on a trip|i was on holiday|i was on vacation|i was on leave|i was out of office|i was abroad|i was at the fair|we were closed|was on a business trip",
        "before the|before|ahead of the|ahead of|prior to the|prior to … holiday*|vacation|break|eid|christmas|chinese new year|cny|new year|festival|ramadan|golden week|shutdown|closure|national day|long weekend|spring festival",
        "before i leave|before i go|before going|before leaving|before he leaves|before she leaves|before we close|before we go … on vacation|on holiday|on leave|for vacation|for holiday*|on a trip|on my trip|for the fair|for the holiday*",
        "meeting us|meeting you|met you|met us|see you|seeing you|saw you|meet you|visiting our booth|visit our booth|visited our booth|visiting us|visited us|talking with you|talking to you|chatting with you|nice meeting|good meeting … at the fair|at the canton fair|at the exhibition|at the expo|at the trade show|at a fair|at the trade fair",
      ],
    },
    zh: {
      strong: [
        "休假|在休假|放假|度假|年假|请假|病假|产假|出差|在出差|外出|不在公司|不在办公室|不在国内|" +
          "去国外|去國外|去外地|出远门|出遠門|才回公司|才回来|才回來|才回国|才回國|" +
          "在国外|出国了|出国中|住院|生病|身体不适|身体不舒服|请假|休假中|放假中|休假期间|" +
          "請假|產假|在國外|出國了|身體不適|身體不舒服|不在辦公室|" +
          "婚假|丧假|喪假|陪产假|陪產假|事假|在家休养|在家休養|休养|休養|养病|養病|手术|手術|" +
          "生病了|发烧|發燒|感冒了|阳了|陽了|家里有事|家裡有事|家中有事|家里出了点事|" +
          "家里急事|家人住院|家人生病|回老家|回家乡|回家鄉|回乡|回鄉|探亲|探親|奔丧|奔喪|" +
          "丧事|喪事|葬礼|葬禮|办婚事|辦婚事|结婚去了|去结婚|要结婚|" +
          "在旅游|去旅游|旅游中|出去旅游|旅游去了|旅行中|在旅行|出去玩|度假中|在度假|去度假|" +
          "在旅遊|去旅遊|旅遊中|自驾|自駕|人在外地|人在国外|人在國外|人在外面|本人不在|" +
          "我在外地|在外出差|出差在外|出差中|在海外|去海外|出境了|去了国外|去了國外|出国|出國|" +
          "外出培训|外出培訓|在培训|在培訓|参加培训|參加培訓|随团|隨團|代表团|代表團|出访|出訪|" +
          "行程期间|行程期間|无法及时处理邮件|無法及時處理郵件|无法及时回复|無法及時回覆",
        "春节期间|春节假期|春节后|春节之后|春节前|过年|年后再|节后|假期结束|假期后|假后|" +
          "国庆期间|国庆假期|国庆后|中秋假期|五一假期|五一期间|十一期间|十一假期|长假|" +
          "春節期間|春節假期|春節後|過年|節後|假期結束|國慶期間|國慶假期|長假|" +
          "黄金周|黃金週|小长假|小長假|春节休假|春節休假|年底放假|假期中|在假期|节日期间|節日期間|" +
          "节假日期间|節假日期間|假期期间|假期期間|清明假期|端午假期|元旦假期|圣诞假期|聖誕假期|" +
          "圣诞节期间|聖誕節期間|开斋节期间|開齋節期間|开斋节假期|開齋節假期|" +
          "过完年|過完年|过完节|過完節|春节过后|春節過後|假期过后|假期過後|节后上班|節後上班|" +
          "年后上班|年後上班|复工后|復工後|开工后|開工後|收假后|收假後|返岗后|返崗後|" +
          "休假结束|休假結束|回家过年|回家過年|过年回家|過年回家|回家过节|回家過節|" +
          "农历新年|農曆新年|新春假期|年底休假",
        "回来后|回来之后|等我回来|等他回来|回来再|回公司后|回国后|回到公司后|回來後|等我回來|" +
          "等他回來|回國後|回公司後",
        "等我|等他|等她|等老板|等老闆|等老总|等老總|等财务|等財務|等会计|等會計|等领导|等領導|" +
          "等负责人|等負責人|等经理|等經理|待其|待他|待她 … 回来|回來|回国|回國|回公司|" +
          "回到公司|返岗|返崗|回办公室|回辦公室",
        cross(
          "周一|周二|周三|周四|周五|周六|周日|周末|星期一|星期二|星期三|星期四|星期五|" +
            "星期六|星期天|星期日|礼拜一|礼拜二|礼拜三|礼拜四|礼拜五|號|号|月底|月初",
          "回来|回來|回公司|回国|回國|回办公室|回辦公室|返岗|返崗",
          ""
        ),
        "老板出差|老板不在|老板出国|老板在国外|老板休假|财务休假|会计休假|财务不在|会计不在|" +
          "财务请假|会计请假|负责人不在|负责人出差|老闆出差|老闆不在|老闆出國|財務休假|會計休假|" +
          "財務不在|會計不在|財務請假|會計請假",
        "老板|老闆|老总|老總|总经理|總經理|董事长|董事長|财务|財務|会计|會計|出纳|出納|" +
          "负责人|負責人|领导|領導|签字人|簽字人|法人|经理|經理 … 出差|出国|出國|在国外|在國外|" +
          "休假|请假|請假|住院|生病|外出|回老家|度假|旅游|旅遊|在外地|考察|不在公司|" +
          "不在办公室|不在辦公室|不在国内|不在國內|休产假|休產假|休婚假|休年假|去国外|去國外",
        "在展会|参展|看展|在广交会|参加展会|参加广交会|展会期间|在展會|參展|參加展會|展會期間|" +
          "银行放假|银行不上班|公司放假|工厂放假|銀行放假|公司放假|工廠放假|" +
          "展会上|展會上|去展会|去展會|去参展|去參展|在展馆|在展館|在展位|广交会期间|廣交會期間|" +
          "在廣交會|展会结束后|展會結束後|逛展|在迪拜展|在德国展|在德國展",
        "银行|銀行 … 放假|不上班|休息|关门|關門|不营业|不營業|不办公|不辦公|对公业务暂停|" +
          "對公業務暫停|暂停对公|暫停對公|也放假",
        "还没回来|还没回來|還沒回來|还没回国|還沒回國|还在出差|還在出差|还在休假|還在休假|还在国外|還在國外|还在外地|還在外地|还没上班|還沒上班|还没复工|還沒復工",
      ],
      weak: [
        "假期|春节|节假日|展会|广交会|年后|假期|春節|節假日|展會|廣交會|斋月|齋月|开斋节|開齋節|" +
          "信号不好|信號不好|信号时有时无|信號時有時無|信号差|信號差|没信号|沒信號|没有信号|" +
          "沒有信號|网络不好|網絡不好|没网|沒網|通讯不便|通訊不便|联系不便|聯繫不便|" +
          "没怎么看邮件|沒怎麼看郵件|邮件都没怎么看|郵件都沒怎麼看|看不了邮件|看不了郵件|" +
          "婚礼|婚禮|上班后|上班後|考察|过节|過節|老家|停工|元旦|清明|端午|中秋|国庆|國慶|圣诞|聖誕|" +
          "斋月期间|齋月期間|古尔邦节|古爾邦節|节日|節日|签字|簽字|只有她|只有他|只有老板|只有老闆",
      ],
      against: [
        "已经回来|刚回来|我回来了|回到公司了|已回公司|休假回来了|出差回来了|已經回來|剛回來|" +
          "我回來了|出差回來了|休假回來了|回来了|回來了|已经上班|已經上班|已复工|已復工|" +
          "已开工|已開工|已经复工|已經復工|已经开工|已經開工|已回国|已回國|已经回国|已經回國",
        "刚出差回来|出差刚回来|刚休假回来|休假刚回来|刚度假回来|刚旅游回来|刚从国外回来|刚回国|刚从展会回来|刚从广交会回来|刚放假回来|刚出差完|出差刚结束|刚忙完展会|刚回到公司|刚回公司|剛出差回來|出差剛回來|剛休假回來|剛度假回來|剛回國|剛從國外回來|剛回公司",
      ],
      masks: [
        "客户|客戶|买家|買家|下游 … 放假|休假|出差|不在|过年|出国|出國|過年",
        "新年快乐|春节快乐|节日快乐|中秋快乐|国庆快乐|假期愉快|祝你假期|祝您假期|元旦快乐|" +
          "新年快樂|春節快樂|節日快樂|中秋快樂|國慶快樂|假期愉快|您的假期|你的假期|旅途愉快|" +
          "春节愉快|春節愉快|节日愉快|節日愉快|圣诞快乐|聖誕快樂|开斋节快乐|開齋節快樂|" +
          "休假愉快|出差顺利|出差順利|一路顺风|一路順風|您放假|你放假|你们放假|你們放假|" +
          "贵司放假|貴司放假|您休假|你休假|您出差|你出差|等您回来|等你回来|等您回來|等你回來|" +
          "您回来|你回来|您回來|你回來|回来的钱|回來的錢|钱回来|錢回來|款回来|款回來",
        "过年好|新年好|新春快乐|新春愉快|春节好|节日好|中秋节快乐|国庆节快乐|祝您过年|拜年|给您拜年|过个好年|过年快乐|元宵节快乐|端午节快乐|端午安康|過年好|新春快樂|過個好年|祝您节日|祝你节日|祝您春节|祝你春节|祝您假期|祝你假期",
        "上周|上星期|上礼拜|上个月|上個月|前几天|前幾天|前些天|前段时间|前段時間|之前|上次 … 出差|在出差|休假|在休假|请假|請假|去国外|去國外|出国|出國|在国外|在國外|在展会|在展會|生病|放假|度假",
        "春节前|节前|假前|放假前|休假前|出差前|国庆前|年前|过年前|春節前|節前|放假前|國慶前|過年前 … 付|安排|打款|汇款|匯款|转账|轉賬|支付|结清|結清",
      ],
    },
    es: {
      strong: [
        "de vacaciones|estoy de viaje|de viaje|viajando|estoy fuera|fuera de la oficina|" +
          "fuera de oficina|fuera del país|ausente|de licencia|de permiso|baja médica|" +
          "incapacidad médica|enfermo|enferma|hospitalizado|hospitalizada|en el hospital|" +
          "fuera de la ciudad|viaje de negocios|viaje de trabajo|está de baja|estoy de baja|" +
          "estuvo de baja|estuve de baja|de baja por|baja por paternidad|baja por maternidad|" +
          "baja maternal|baja laboral|baja por enfermedad|de incapacidad|incapacitado|" +
          "incapacitada|permiso por maternidad|permiso de maternidad|permiso de paternidad|" +
          "permiso por paternidad|licencia por maternidad|licencia de maternidad|" +
          "licencia por paternidad|licencia de paternidad|licencia por enfermedad|" +
          "licencia médica|descanso médico|reposo médico|de reposo|me operaron|lo operaron|" +
          "la operaron|cirugía|emergencia familiar|asunto familiar|asuntos familiares|" +
          "fallecimiento|falleció|de luto|funeral|velorio|sepelio|estoy en el extranjero|" +
          "está en el extranjero|me encuentro en el extranjero|" +
          "me encuentro fuera|se encuentra fuera|nos encontramos fuera|salí de viaje|" +
          "salió de viaje|de gira|acceso limitado al correo|sin acceso al correo|" +
          "en una capacitación|en capacitación|en un curso|en un congreso|en el congreso|" +
          "en formación|visitando a la familia|visitando a mi familia|visitando familia|" +
          "luna de miel|mi boda|su boda",
        "asistiendo a|visitando … feria|exposición|expo",
        "en la feria|en una feria|en la exposición|en la expo|" +
          "días festivos|día festivo|feriado|feriados|fiestas patrias|" +
          "vacaciones de verano|vacaciones de fin de año|receso|después de las fiestas|" +
          "después de vacaciones|después de las vacaciones|después de semana santa|" +
          "después del feriado|después de año nuevo|después del carnaval|pasando las fiestas|" +
          "por semana santa|en semana santa|durante semana santa|vacaciones de semana santa|" +
          "es puente|hay puente|por el puente|puente festivo|después del puente|" +
          "fin de semana largo|finde largo|día inhábil|días inhábiles|día no laborable|" +
          "días no laborables|asueto|vacaciones colectivas|cierre por vacaciones|cierre anual|" +
          "cierre de fin de año|fiestas navideñas|fiestas decembrinas|fiestas de fin de año|" +
          "durante las fiestas|por las fiestas|por navidad|en navidad|durante navidad|" +
          "después de navidad|por carnaval|en carnaval|durante el carnaval|por el carnaval|" +
          "durante el ramadán|después del ramadán|por el eid|después del eid|" +
          "las fallas|feria de abril|en la fira|vacaciones de invierno de la empresa",
        "cuando regrese|a mi regreso|a mi vuelta|cuando vuelva|cuando regresemos|" +
          "cuando vuelva a la oficina|regreso el|regresaré el|estaré de vuelta|" +
          "cuando regrese el|cuando el gerente regrese|cuando mi jefe regrese|" +
          "vuelvo el|vuelvo a la oficina|regreso a la oficina|a la vuelta|a su vuelta|" +
          "cuando vuelvan|cuando regresen|en cuanto regrese|en cuanto vuelva|apenas regrese|" +
          "apenas vuelva|tan pronto regrese|tan pronto vuelva|hasta que regrese|" +
          "hasta que vuelva|regresa el|vuelve el|regresa la próxima|vuelve la próxima|" +
          "estará de vuelta|estará de regreso|estaré de regreso|cuando reabramos|al reabrir|" +
          "me reincorporo|se reincorpora|me reincorporaré|se reincorporará|" +
          "cuando se reincorpore|cuando me reincorpore|vuelvo la próxima|regreso la próxima|" +
          "vuelvo mañana de|regreso mañana de",
        cross(
          "vuelvo|regreso|vuelve|regresa|volvemos|regresamos",
          "el lunes|el martes|" +
            "el miércoles|el jueves|el viernes|el sábado|el domingo|la semana que viene"
        ),
        "la oficina está cerrada|oficina cerrada|oficinas cerradas|cerrado por vacaciones|" +
          "los bancos están cerrados|bancos cerrados|estamos cerrados|estaremos cerrados|" +
          "permaneceremos cerrados|permanecerá cerrada|permanecerá cerrado|" +
          "cerramos por|cerramos del|cerramos hasta|bancos estarán cerrados|" +
          "banco está cerrado|banco estará cerrado|banco no opera|bancos no operan|" +
          "banco no abre|bancos no abren|banco no trabaja|bancos no trabajan|no laboramos|" +
          "no se labora|no operamos",
        "oficina|oficinas|empresa|fábrica|planta|almacén|tienda … estará cerrada|" +
          "estará cerrado|está cerrada|está cerrado|estarán cerradas|estarán cerrados|" +
          "están cerradas|están cerrados|permanecerá cerrada|permanecerá cerrado|" +
          "permanecerán cerradas|cerrada por|cerrado por|cerradas por|cerrados por|" +
          "cerrada del|cerrado del|cerrada hasta|cerrado hasta",
        "cerrado|cerrada|cerrados|cerradas|cerramos … por vacaciones|por feriado|" +
          "por las fiestas|por fiestas|por semana santa|por navidad|por carnaval|" +
          "por el puente|por año nuevo|por fin de año|por fiestas patrias|por el feriado",
        "contador|contadora|gerente|jefe|dueño|director|directora|encargado|encargada|" +
          "responsable|socio|socia|tesorero|tesorera|presidente|firmante|" +
          "la única persona … de vacaciones|de viaje|de licencia|enfermo|enferma|fuera de la oficina|" +
          "fuera de oficina|fuera del país|fuera de la ciudad|fuera hasta|fuera esta semana|" +
          "de baja|hospitalizado|hospitalizada|en el extranjero|ausente|de permiso|viajando",
      ],
      weak: [
        "vacaciones|viaje|feria|exposición|fiestas|navidad|año nuevo|carnaval|licencia|puente|" +
          "año nuevo chino|" +
          "semana santa|festivo|capacitación|congreso|familia|pascua|ramadán|eid|" +
          "día de la independencia|día de la revolución|día del trabajo|día de muertos|" +
          "temporada navideña|retomamos|reanudamos|boda|con firma|firma en el banco",
      ],
      against: [
        "ya regresé|ya estoy de vuelta|estoy de regreso|de vuelta en la oficina|he vuelto|" +
          "acabo de regresar|recién regreso|volví de|regresé de|ya volví|ya regresó|ya volvió|" +
          "ya está de vuelta|ya se reincorporó|ya me reincorporé|ya estoy en la oficina",
        "recién llegué de|acabo de volver|acabo de llegar de|recién vuelvo|recién volví|ya regresamos|ya volvimos|ya estamos de vuelta",
      ],
      masks: [
        "nuestro cliente|mi cliente|el cliente|nuestros clientes|los clientes … de vacaciones|" +
          "de viaje|cerrado|cerrados|de licencia|de feriado",
        "felices fiestas|feliz navidad|feliz año nuevo|felices vacaciones|feliz año|" +
          "próspero año nuevo|tus vacaciones|sus vacaciones|buen viaje|feliz semana santa|" +
          "buen fin de semana|licencia de importación|licencia de importacion|licencia sanitaria|" +
          "campaña de vacaciones|temporada de vacaciones|campaña de navidad|campaña navideña|" +
          "felices pascuas|buenas vacaciones|disfruta tus vacaciones|disfrute sus vacaciones|" +
          "a la vuelta de la esquina|cuando vuelva a tener|cuando vuelva a haber|" +
          "vuelva a subir|vuelva a bajar|vuelva a la normalidad|de baja calidad|" +
          "de baja rotación|de baja demanda|felices fiestas patrias|feliz carnaval|" +
          "trato cerrado|precio cerrado|pedido cerrado|acuerdo cerrado|negocio cerrado|" +
          "tu regreso|tu vuelta",
        "felices fiestas de fin de año|felices fiestas navideñas|felices fiestas decembrinas|buenas fiestas|lindas fiestas|felices fiestas y|feliz navidad y|próspero año|feliz fin de año|feliz fin de semana largo|buen puente|felices vacaciones para",
        GREETINGS_ES,
        "estuve de viaje|estaba de viaje|estuve viajando|estaba viajando|estuve de vacaciones|estaba de vacaciones|estuve fuera|estaba fuera|estuve de licencia|estuve en la feria|estuve enfermo|estuve enferma|estuvimos cerrados|estuve de baja|estuvo de viaje|estuvo de vacaciones … la semana pasada|el mes pasado|estos días|los últimos días|la otra semana|hace unos días|semana anterior",
        "la semana pasada|el mes pasado|hace unos días|los últimos días … estuve de viaje|estaba de viaje|estuve viajando|estaba viajando|estuve de vacaciones|estaba de vacaciones|estuve fuera|estaba fuera|estuve de licencia|estuve en la feria|estuve enfermo|estuve enferma|estuvimos cerrados",
        "antes de las vacaciones|antes del feriado|antes de navidad|antes de las fiestas|antes de semana santa|antes del puente|antes de fin de año|antes del cierre|antes de irme de vacaciones|antes de salir de viaje|antes del año nuevo|antes del carnaval",
      ],
    },
    fr: {
      strong: [
        "en vacances|en congé|en congés|congé maladie|arrêt maladie|en arrêt|malade|hospitalisé|" +
          "hospitalisée|à l'hôpital|en déplacement|en voyage|voyage d'affaires|absent|absente|" +
          "hors du bureau|pas au bureau|à l'étranger|en mission|" +
          "congé maternité|congé paternité|congé parental|congé de maternité|" +
          "congé de paternité|en repos|en convalescence|me faire opérer|se faire opérer|" +
          "opération chirurgicale|hospitalisation|" +
          "intervention chirurgicale|décès|deuil|obsèques|enterrement|urgence familiale|" +
          "raison familiale|raisons familiales|raisons de santé|souci de santé|" +
          "problème de santé|problèmes de santé|en formation|en séminaire|en conférence|" +
          "au congrès|au village|au bled|suis au pays|est au pays|rentré au pays|" +
          "rentrée au pays|en famille|auprès de ma famille|auprès de sa famille|" +
          "accès limité à ma messagerie|accès limité à mes e-mails|accès limité aux e-mails|" +
          "accès limité à mes mails|hors ligne jusqu|en voyage de noces|mon mariage|" +
          "son mariage",
        "au salon|sur le salon|à la foire|à l'exposition|jours fériés|jour férié|" +
          "fêtes de fin d'année|pendant les fêtes|après les fêtes|après les vacances|" +
          "après le ramadan|pendant le ramadan|après l'aïd|pendant l'aïd|fête de l'aïd|" +
          "congés d'été|vacances d'été|fermeture annuelle|après pâques|" +
          "fermeture estivale|fermeture de fin d'année|fermeture pour congés|" +
          "fermeture exceptionnelle|fermeture des bureaux|fermeture de la société|" +
          "fermeture de l'entreprise|fermeture de nos bureaux|fermeture de l'usine|" +
          "période de fermeture|pendant les congés|pendant les vacances|période de congés|" +
          "période des fêtes|congés de noël|vacances de noël|congés annuels|pendant noël|" +
          "après noël|après le nouvel an|c'est la tabaski|pour la tabaski|pendant la tabaski|" +
          "après la tabaski|pour l'aïd|fermés pour|fermé pour|fermée pour|fermées pour|" +
          "faire le pont|font le pont|fait le pont|pont de l'ascension|pont du 1er mai|" +
          "pont du 8 mai|ponts de mai|pont de la toussaint|le pont de|avec le pont|" +
          "nouvel an chinois|pendant le carnaval|après le carnaval|pendant la korité|" +
          "après la korité|au salon de|sur un salon|à un salon",
        "à mon retour|dès mon retour|après mon retour|quand je serai de retour|serai de retour|suis de retour le|" +
          "sera de retour|serons de retour|de retour le|à son retour|dès son retour|quand je rentre|" +
          "quand il rentre|je rentre le|il rentre le|quand il sera de retour|" +
          "quand elle sera de retour|quand il reviendra|quand elle reviendra|revient le|" +
          "reviendra le|je reviens le|rentrera le|elle rentre le|de retour lundi|" +
          "de retour mardi|de retour mercredi|de retour jeudi|de retour vendredi|" +
          "de retour au bureau le|retour prévu|retour au bureau le|quand elle rentre|" +
          "jusqu'à mon retour|jusqu'à son retour|en attendant son retour|" +
          "en attendant mon retour|à leur retour|dès leur retour|dès notre retour|" +
          "à notre retour|je reprends le|je reprends lundi|elle reprend le|il reprend le|" +
          "reprend le travail",
        "bureau fermé|bureaux fermés|bureau est fermé|bureaux sont fermés|usine fermée|" +
          "banques sont fermées|banques fermées|banques sont fermés|banques fermés|" +
          "banque est fermée|banques seront fermées|banque sera fermée|les banques étant fermées|" +
          "nous sommes fermés|nous serons fermés|sommes fermés|serons fermés|nous fermons|" +
          "on ferme du|on ferme pour",
        "bureau|bureaux|société|entreprise|usine|agence|magasin|boutique|entrepôt … " +
          "fermé|fermés|fermée|fermées|ferment|fermera|fermeront",
        "société ferme|entreprise ferme|usine ferme|bureau ferme|bureaux ferment|la boîte ferme",
        "comptable|directeur|directrice|patron|responsable|gérant|gérante|pdg|dg|daf|" +
          "directeur général|directeur financier|signataire|associé|associée|trésorier|" +
          "trésorière|caissier|caissière|président|comptabilité|compta|service comptable|" +
          "équipe … en congé*|" +
          "en vacances|absent*|en déplacement|en voyage|malade|à l'étranger|en mission|" +
          "en formation|hospitalisé*|en arrêt|en séminaire|en convalescence",
      ],
      weak: [
        "vacances|congé|congés|absence|déplacement|voyage|salon|foire|fêtes|ramadan|aïd|noël|" +
          "fermeture|pont|tabaski|carnaval|rentrée|à la rentrée|dès la reprise|à la reprise|" +
          "reprend le|reprendra le|reprise le|horaires réduits|ascension|pentecôte|toussaint|" +
          "nouvel an|fête nationale|korité|mouloud|pâques|famille|village|seul signataire|" +
          "seule signataire|seul à signer|seule à signer|seul les accès|seule les accès",
      ],
      against: [
        "suis de retour au bureau|suis bien de retour|sommes de retour au bureau|suis rentré|" +
          "suis rentrée|sommes rentrés|viens de rentrer|de retour depuis|rentré de|rentrée de|" +
          "est rentré|est rentrée|est de retour au bureau|sont de retour|suis de retour parmi|" +
          "est revenu|est revenue|nous avons rouvert|a rouvert",
        "je rentre tout juste|tout juste rentré|tout juste rentrée|juste rentré|juste rentrée|à peine rentré|à peine rentrée|de retour de voyage|de retour de congé|de retour de vacances|rentré de voyage|rentrée de voyage|de retour du salon",
      ],
      masks: [
        "notre client|mon client|le client|nos clients|les clients … en vacances|en congé*|" +
          "en déplacement|absent*|fermé*",
        "bonnes vacances|bonnes fêtes|bonne année|joyeux noël|aïd moubarak|aid moubarak|" +
          "bon ramadan|ramadan moubarak|vos vacances|bon voyage|bon week-end|bonne fête|" +
          "votre absence|votre retour|votre congé|absence de|en l'absence|" +
          "vos congés|votre fermeture|bonne rentrée|bon séjour|bonne tabaski|" +
          "commande ferme|offre ferme|prix ferme|ferme intention|de façon ferme|" +
          "de manière ferme|terre ferme|engagement ferme|dossier fermé|compte fermé|" +
          "marché fermé|fermé la porte|absence de paiement|absence de réponse|" +
          "absence de règlement|absent de|congé de votre|pont de livraison|" +
          "vos jours fériés|chez vous",
        "bonnes fêtes de fin d'année|joyeuses fêtes de fin d'année|belles fêtes de fin d'année|excellentes fêtes de fin d'année|heureuses fêtes de fin d'année|très bonnes fêtes de fin d'année|joyeuses fêtes|belles fêtes|excellentes fêtes|heureuses fêtes|bonne fin d'année|bonnes fêtes de|passez de bonnes fêtes|bonnes vacances à|bon congé|bons congés|bonne fête de l'aïd|bonne fête de tabaski",
        GREETINGS_FR,
        "étais en déplacement|étais en voyage|étais en vacances|étais en congé|étais absent|étais absente|étais au salon|étais à l'étranger|étais malade|ai été absent|ai été absente|étions fermés|étions en congé|était en déplacement|était en congé|était en vacances … la semaine dernière|le mois dernier|ces derniers jours|la semaine passée|l'autre jour|il y a quelques jours",
        "la semaine dernière|le mois dernier|la semaine passée|ces derniers jours|il y a quelques jours … étais en déplacement|étais en voyage|étais en vacances|étais en congé|étais absent|étais absente|étais au salon|étais à l'étranger|étais malade|étions fermés",
        "avant les vacances|avant les fêtes|avant noël|avant le ramadan|avant l'aïd|avant la fermeture|avant les congés|avant le pont|avant la tabaski|avant le nouvel an|avant de partir en vacances|avant de partir en congé|avant mon départ",
      ],
    },
    de: {
      strong: [
        "im urlaub|in urlaub|urlaubsbedingt|auf geschäftsreise|auf dienstreise|geschäftsreise|" +
          "dienstreise|auf reisen|bin unterwegs|bin derzeit unterwegs|bin gerade unterwegs|" +
          "nicht im büro|außer haus|abwesend|krank|krankgeschrieben|erkrankt|im krankenhaus|" +
          "in elternzeit|elternzeit|verreist|im mutterschutz|mutterschutz|im krankenstand|" +
          "krankheitsbedingt|arbeitsunfähig|in der reha|zur reha|auf kur|in kur|" +
          "wegen krankheit|aufgrund von krankheit|aufgrund einer erkrankung|trauerfall|todesfall|beerdigung|familiärer notfall|familiären notfall|" +
          "aus familiären gründen|aus gesundheitlichen gründen|sonderurlaub|" +
          "bin im ausland|ist im ausland|derzeit im ausland|zurzeit im ausland|" +
          "gerade im ausland|nicht erreichbar|schwer erreichbar|eingeschränkt erreichbar|" +
          "eingeschränkten zugriff|eingeschränkter zugriff|keinen zugriff auf meine e-mails|" +
          "auf schulung|auf einer schulung|auf fortbildung|auf einer fortbildung|" +
          "auf einem seminar|auf seminar|auf einer konferenz|auf einem kongress|" +
          "hochzeitsreise|flitterwochen|operiert|nach einer operation|nach der operation|" +
          "wegen einer operation|eine operation hinter",
        "auf der messe|auf einer messe|messebesuch|feiertag|feiertage|feiertagen|" +
          "betriebsferien|betriebsurlaub|weihnachtsferien|osterferien|sommerferien|" +
          "zwischen den jahren|brückentag|nach den feiertagen|nach dem urlaub|nach meinem urlaub|" +
          "nach ostern|nach neujahr|nach dem ramadan|während des ramadan|" +
          "sportferien|skiferien|winterferien|herbstferien|pfingstferien|schulferien|" +
          "ferienzeit|urlaubszeit|sommerpause|weihnachtspause|betriebspause|betriebsruhe|" +
          "werksferien|brückentage|über die feiertage|über weihnachten|über ostern|" +
          "über den jahreswechsel|über neujahr|nach weihnachten|nach karneval|" +
          "nach fasching|nach aschermittwoch|nach dem brückentag|nach den ferien|" +
          "während der ferien|während der feiertage|messewoche|auf der fachmesse",
        "auf der|auf einer|auf die|zur|besuche die|besuchen die … messe|fachmesse|leitmesse|" +
          "hausmesse|hannover messe|automechanika|ambiente|bauma|interzum|anuga|ispo|eurobike|" +
          "drupa|heimtextil|spielwarenmesse|agritechnica|fakuma|intersolar|eurotier|" +
          "medica|iaa|ifa|canton fair",
        "nach meiner rückkehr|nach seiner rückkehr|bei meiner rückkehr|wenn ich zurück bin|" +
          "wenn er zurück ist|wieder erreichbar ab|zurück am|zurück ab|" +
          "wenn sie zurück ist|sobald er zurück ist|sobald sie zurück ist|sobald ich zurück bin|" +
          "sobald wir zurück sind|bis zu seiner rückkehr|bis zu meiner rückkehr|" +
          "rückkehr am|zurückkehrt|zurückkehre|wenn er zurückkommt|wenn sie zurückkommt|" +
          "wenn ich zurückkomme|sobald er zurückkommt|sobald sie zurückkommt|" +
          "wieder besetzt|wieder im büro ab|wieder im haus|wieder im hause|wieder am platz",
        "bin ab|ist ab|sind ab … wieder im büro|wieder da|wieder erreichbar|wieder zurück|zurück",
        "ab … wieder da|wieder im büro|wieder erreichbar|wieder zurück|wieder besetzt",
        "kommt am|komme am|kommt erst am|komme erst am|kommt nächste|komme nächste|" +
          "kommt ende|komme ende|kommt montag|kommt dienstag … zurück",
        "büro ist geschlossen|büro geschlossen|betrieb ist geschlossen|banken sind geschlossen|" +
          "banken geschlossen|sind geschlossen|haben geschlossen|bleibt geschlossen|" +
          "bleiben geschlossen|büro ist zu|büros sind zu|firma ist zu|betrieb ist zu|büro ist vom|büros sind vom|" +
          "firma ist vom|betrieb ist vom|büro bleibt vom|büros bleiben vom|firma bleibt vom|" +
          "betrieb bleibt vom|unternehmen ist vom|" +
          "banken sind zu|ist bei uns zu",
        "büro|büros|firma|betrieb|werk|unternehmen|geschäft|lager|banken … geschlossen|" +
          "leer|dicht",
        "buchhalter*|buchhaltung|chef|chefin|geschäftsführer*|inhaber*|zuständige*|" +
          "prokurist*|kollege|kollegin|finanzleiter*|finanzabteilung|kassierer*|vorstand|" +
          "geschäftsleitung|zeichnungsberechtigte*|unterschriftsberechtigte*|" +
          "kaufmännische* … " +
          "im urlaub|unterwegs|auf reisen|auf geschäftsreise|krank|abwesend|nicht im büro|" +
          "in elternzeit|im mutterschutz|im krankenhaus|krankgeschrieben|erkrankt|" +
          "im ausland|auf der messe|verreist|außer haus|auf dienstreise|auf schulung|" +
          "auf fortbildung|im krankenstand|in den bergen|nicht da|ausgefallen",
        "nicht im haus|nicht im hause|nicht am platz|nicht vor ort|nicht in der firma|nicht im betrieb",
      ],
      weak: [
        "urlaub|reise|messe|unterwegs|im ausland|abwesenheit|weihnachten|ostern|neujahr|ramadan|ferien|" +
          "karneval|fasching|fastnacht|rosenmontag|aschermittwoch|fronleichnam|pfingsten|" +
          "himmelfahrt|tag der deutschen einheit|allerheiligen|reformationstag|silvester|" +
          "in den bergen|halbe firma|die halbe firma|notbesetzung|dünn besetzt|" +
          "alleiniger zeichnungsberechtigter|einziger zeichnungsberechtigter|" +
          "geschlossen|nicht besetzt|unbesetzt|krankheit|niemand zugang|niemand sonst|sonst hat niemand|hochzeit|familie|schulung|seminar",
      ],
      against: [
        "bin wieder da|bin jetzt zurück|bin wieder zurück|zurück aus dem urlaub|" +
          "aus dem urlaub zurück|bin wieder im büro|jetzt wieder im büro|sind wieder da|" +
          "ist wieder da|ist jetzt wieder|sind wieder im büro|ist wieder im büro|" +
          "bin wieder gesund|ist wieder gesund|wieder im dienst|haben wieder geöffnet|" +
          "wieder geöffnet",
        "bin gerade zurück|gerade zurück aus|eben zurück aus|soeben zurück|frisch zurück|komme gerade aus dem urlaub|komme gerade von der|komme gerade vom|zurück von der messe|zurück von der dienstreise|zurück von der geschäftsreise|seit gestern zurück|seit heute zurück|seit montag zurück|wieder zurück aus",
      ],
      masks: [
        "unser kunde|unser endkunde|der kunde|unsere kunden|die kunden|unser abnehmer … " +
          "im urlaub|unterwegs|auf reisen|abwesend|geschlossen|betriebsferien",
        "schönen urlaub|frohe weihnachten|frohe feiertage|schöne feiertage|guten rutsch|" +
          "frohes neues|frohe ostern|ihren urlaub|ihr urlaub|ihrem urlaub|gute reise|" +
          "schönes wochenende|ramadan kareem|schöne ferien|erholsamen urlaub|" +
          "erholsame feiertage|frohe pfingsten|helau|alaaf|ihre betriebsferien|" +
          "ihren betriebsferien|ihre feiertage|ihren feiertagen|wenn sie zurück sind|" +
          "sobald sie zurück sind|auf sie zurück|darauf zurück|auf ihr angebot zurück|" +
          "auf ihre anfrage zurück|die ware ist unterwegs|ware unterwegs|lieferung ist unterwegs|" +
          "vertrag geschlossen|vereinbarung geschlossen|abkommen geschlossen|" +
          "kompromiss geschlossen",
        "frohe festtage|schöne festtage|frohe weihnachtstage|besinnliche feiertage|schöne weihnachtsfeiertage|frohe weihnachtsfeiertage|besinnliche festtage|schöne feiertage und|erholsame festtage|guten rutsch ins neue jahr|ein gutes neues jahr",
        GREETINGS_DE,
        "war im urlaub|war unterwegs|war auf geschäftsreise|war auf dienstreise|war krank|war verreist|war im ausland|war auf der messe|waren geschlossen|war abwesend|waren im urlaub … letzte woche|letzten woche|vergangene woche|vergangenen woche|letzten monat|vergangenen monat|die letzten tage|in den letzten tagen|neulich",
        "war|waren … letzte woche|letzten woche|vergangene woche|vergangenen woche|letzten monat|die letzten tage|in den letzten tagen … im urlaub|unterwegs|auf geschäftsreise|auf dienstreise|krank|verreist|im ausland|auf der messe|geschlossen|abwesend",
        "vor dem urlaub|vor den feiertagen|vor weihnachten|vor ostern|vor den ferien|vor den betriebsferien|vor dem brückentag|vor meinem urlaub|vor der messe|vor der reise|vor dem jahreswechsel|vor neujahr",
      ],
    },
    pt: {
      strong: [
        "de férias|em férias|de licença|licença médica|licença maternidade|atestado médico|" +
          "doente|internado|internada|no hospital|em viagem|viajando|de viagem|viagem de negócios|" +
          "fora do escritório|fora da empresa|fora do país|ausente|" +
          "afastado|afastada|de atestado|com atestado|licença-maternidade|" +
          "licença paternidade|licença-paternidade|cirurgia|operado|operada|hospitalizado|" +
          "hospitalizada|internação|falecimento|faleceu|de luto|velório|enterro|" +
          "emergência familiar|problema familiar|problemas familiares|problema de saúde|" +
          "problemas de saúde|de repouso|em repouso|de resguardo|viajou|viajei|" +
          "viagem a trabalho|a trabalho|fora da cidade|estou no exterior|está no exterior|" +
          "estamos no exterior|foi para o exterior|viajou para|visitando a família|" +
          "visitando família|visitar a família|visitando parentes|visitando meus pais|" +
          "em treinamento|em capacitação|num congresso|no congresso|em congresso|" +
          "acesso limitado ao e-mail|acesso limitado ao email|sem acesso ao e-mail|" +
          "lua de mel|meu casamento|casamento dele|casamento dela",
        "na feira|numa feira|na exposição|feriado|feriados|feriadão|recesso|" +
          "festas de fim de ano|depois das férias|depois do carnaval|depois do feriado|" +
          "depois das festas|após o feriado|após as férias|após o carnaval|férias coletivas|" +
          "é carnaval|no carnaval|durante o carnaval|semana do carnaval|festas juninas|" +
          "é são joão|festa de são joão|festas de são joão|período junino|" +
          "feriado prolongado|emenda do feriado|emendar o feriado|ponto facultativo|" +
          "recesso de fim de ano|depois do natal|após o natal|" +
          "depois do ano novo|após o ano novo|durante as festas|em feira|" +
          "participando da feira|participando de feira|visitando a feira|visitando feira|" +
          "tô na feira|to na feira|estou na feira",
        "quando eu voltar|quando retornar|quando eu retornar|no meu retorno|após meu retorno|" +
          "após o meu retorno|quando ele voltar|quando ele retornar|estarei de volta|" +
          "retorno no dia|retorno dia|volto no dia|volto dia|" +
          "quando ela voltar|quando ela retornar|assim que voltar|assim que eu voltar|" +
          "assim que ele voltar|assim que ela voltar|assim que retornar|assim que eu retornar|" +
          "assim que ele retornar|assim que ela retornar|logo que voltar|logo que retornar|" +
          "logo que retornarmos|logo que voltarmos|quando retornarmos|quando voltarmos|" +
          "assim que retornarmos|assim que voltarmos|até eu voltar|até ele voltar|" +
          "até ela voltar|até o retorno|no retorno dele|no retorno dela|na volta|" +
          "na minha volta|na volta dele|na volta dela|só volta|só voltamos|só retorna|" +
          "só retornamos|só retorno|só volto|estará de volta|estaremos de volta|" +
          "voltamos no dia|voltamos dia|retornamos no dia|retornamos dia|retorna no dia|" +
          "retorna dia|volta no dia|volta dia|reabrimos|quando reabrirmos|na reabertura",
        cross(
          "volto|volta|voltamos|retorno|retorna|retornamos",
          "segunda|terça|quarta|quinta|sexta|sábado|domingo|semana que vem|na segunda|" +
            "na terça|na quarta|na quinta|na sexta|no sábado|no domingo"
        ),
        "escritório fechado|escritório está fechado|escritório estará fechado|" +
          "bancos fechados|bancos estão fechados|empresa fechada|estaremos fechados|" +
          "estamos fechados|fechados para|fechado para|fechada para|fechamos para|" +
          "vamos fechar para|bancos não abrem|banco não abre|bancos não funcionam|" +
          "banco não funciona|não tem expediente|sem expediente|não haverá expediente|" +
          "não teremos expediente",
        "escritório|escritórios|empresa|fábrica|loja|depósito … fechado|fechada|" +
          "fechados|fechadas",
        "contador|financeiro|diretor|diretora|chefe|dono|gerente|responsável|sócio|sócia|" +
          "tesoureiro|tesoureira|presidente|ceo|quem assina|que assina|contadora|gestor|" +
          "gestora|proprietário|proprietária|dona|administrador|administradora … de férias|" +
          "em férias|viajando|em viagem|de licença|doente|fora do escritório|fora da empresa|" +
          "fora da cidade|fora até|fora esta semana|fora essa semana|viajou|no exterior|" +
          "fora do país|afastado|afastada|internado|internada|hospitalizado|de atestado|" +
          "na feira",
      ],
      weak: [
        "férias|viagem|feira|licença|carnaval|natal|ano novo|festas|são joão|" +
          "quarta-feira de cinzas|quarta feira de cinzas|cinzas|páscoa|semana santa|" +
          "fim de ano|final de ano|corpus christi|tiradentes|finados|proclamação|independência|família|retornarmos|" +
          "voltarmos|casamento|a cidade para|cidade praticamente para",
      ],
      against: [
        "já voltei|estou de volta|voltei de|retornei|acabei de voltar|acabei de chegar|" +
          "já retornei|de volta ao escritório|voltei|já voltou|já retornou|ele voltou|" +
          "ela voltou|já estou no escritório|já estamos no escritório|já reabrimos",
        "voltei de viagem|cheguei de viagem|acabei de chegar de|recém chegado|recém-chegado|recém chegada|recém-chegada|acabamos de voltar|já voltamos|já retornamos",
      ],
      masks: [
        "nosso cliente|meu cliente|o cliente|nossos clientes|os clientes … de férias|em férias|" +
          "viajando|fechado|em viagem|de recesso",
        "boas festas|feliz natal|feliz ano novo|boas férias|suas férias|boa viagem|" +
          "bom fim de semana|feliz páscoa|licença de importação|segunda-feira|terça-feira|" +
          "quarta-feira|quinta-feira|sexta-feira|segunda feira|terça feira|quarta feira|" +
          "quinta feira|sexta feira|bom feriado|bom carnaval|feliz carnaval|bom são joão|" +
          "feliz são joão|sua volta|seu retorno|sua viagem|negócio fechado|câmbio fechado|" +
          "cambio fechado|contrato fechado|pedido fechado|preço fechado|fechado com|" +
          "voltar a ter|voltarmos a ter|voltar a vender|voltar a comprar|volta a subir|" +
          "volta a cair|você voltar|vocês voltarem|o senhor voltar|a senhora voltar|" +
          "na volta do dólar|dinheiro parado|estoque parado|mercado parado|mercado está parado|" +
          "vendas paradas|obra parada|fora do prazo|fora de estoque|fora do padrão|" +
          "fora de linha|fora de questão",
        "boas festas de fim de ano|boas festas de final de ano|felizes festas|ótimas festas|boas festas e|feliz natal e|próspero ano novo|feliz fim de ano|bom feriadão|ótimo feriado|bom recesso",
        GREETINGS_PT,
        "sua família|a você e sua família|você e sua família|vocês e suas famílias|seus familiares",
        "estive viajando|estava viajando|estive de férias|estava de férias|estive fora|estava fora|estive em viagem|estava em viagem|estive doente|estive na feira|estive afastado|estive afastada|estivemos fechados|estive de licença … semana passada|mês passado|últimos dias|esses dias|estes dias|outro dia|dias atrás",
        "semana passada|mês passado|nos últimos dias|esses dias|dias atrás … estive viajando|estava viajando|estive de férias|estava de férias|estive fora|estava fora|estive em viagem|estava em viagem|estive doente|estive na feira|estivemos fechados",
        "antes do feriado|antes das férias|antes do carnaval|antes do natal|antes do ano novo|antes das festas|antes do recesso|antes de sair de férias|antes da viagem|antes de viajar|antes do feriadão",
      ],
    },
    ru: {
      strong: [
        "в отпуске|в отпуск|ушел в отпуск|ушёл в отпуск|в командировке|в командировку|" +
          "на выставке|в поездке|в отъезде|не в офисе|вне офиса|отсутствую|" +
          "болею|болен|больна|заболел*|на больничном|больничн*|в больнице|" +
          "в санатории|в декрете|в декретном отпуске|на обучении|на семинаре|на конференции|" +
          "на курсах|в разъездах|госпитализирован*|после операции|на операции|" +
          "перенес операцию|перенёс операцию|перенесла операцию|по болезни|из-за болезни|" +
          "в связи с болезнью|семейные обстоятельства|семейным обстоятельствам|" +
          "по семейным|похорон*|я за границей|я за рубежом|сейчас за границей|" +
          "сейчас за рубежом|нахожусь за границей|нахожусь за рубежом|улетел*|" +
          "нет в офисе|не будет в офисе|нет на месте|не на месте|доступ к почте ограничен|" +
          "ограниченный доступ к почте|нет доступа к почте|без доступа к почте|" +
          "в отгуле|взял отгул|взяла отгул|на отгуле|на лечении|лечится|в медовом месяце",
        "новогодние каникулы|новогодних каникул|после праздников|после новогодних|" +
          "после отпуска|после каникул|майские праздники|майских праздников|праздничные дни|" +
          "праздничных дней|во время праздников|в праздники|после рамадана|во время рамадана|" +
          "из-за праздник*|на праздники|праздничные выходные|праздничных выходных|" +
          "новогодние праздники|новогодних праздников|майские|майских|у нас каникулы|" +
          "у нас выходные|у нас праздник*|нерабочие дни|нерабочих дней|нерабочий день|" +
          "нерабочая неделя|нерабочую неделю|выходные дни до|выходные до|после командировки|" +
          "после выставки|после байрама|после уразы|после курбан*|после наурыза|" +
          "после нового года|после рождества|на новогодние|в новогодние|" +
          "в праздничные дни|межпраздничн*",
        "после возвращения|по возвращении|когда вернусь|как вернусь|вернусь|вернется|вернётся|" +
          "когда вернется|когда вернётся|буду в офисе|выйду на работу|выйдет на работу|" +
          "вернусь в офис|как только вернется|как только вернётся|как только вернусь|" +
          "после его возвращения|после её возвращения|после ее возвращения|" +
          "по его возвращении|по её возвращении|по ее возвращении|будет в офисе|" +
          "будет на месте|буду на месте|появится в офисе|по приезде|по приезду|" +
          "после приезда|когда приеду|как приеду|когда вернутся|выйдет из отпуска|" +
          "выйду из отпуска|выходит из отпуска|выхожу из отпуска|до его возвращения|" +
          "до её возвращения|до ее возвращения|до моего возвращения",
        cross(
          "выходит|выйдет|выхожу|выйду|вернусь|вернется|вернётся",
          "в понедельник|во вторник|в среду|в четверг|в пятницу|на работу|с больничного|" +
            "из отпуска|на следующей неделе|после праздников"
        ),
        "офис закрыт|офис не работает|банки не работают|банки закрыты|" +
          "бухгалтерия не работает|банк не работает|банк не работал|банки не работали|" +
          "офис не работал|бухгалтерия не работала|мы не работаем|никто не работает|" +
          "завод не работает|склад не работает|офис будет закрыт|банк закрыт|банки закрыты|" +
          "компания не работает|предприятие не работает|мы отдыхаем|все отдыхают|" +
          "вся страна отдыхает|страна отдыхает",
        "бухгалтер*|директор*|руководител*|начальник*|генеральн*|главбух*|финдиректор*|" +
          "финансовый директор|собственник*|владел*|шеф*|коллег*|кассир*|подписант*|" +
          "учредител*|гендиректор* … в отпуске|в командировке|" +
          "болеет|на больничном|уехал*|отсутству*|в санатории|в больнице|за границей|" +
          "за рубежом|в декрете|на выставке|в отъезде|в разъездах|на обучении|нет на месте|" +
          "не на месте|заболел*|улетел*",
      ],
      weak: [
        "отсутствует|за границей|за рубежом|отпуск*|командировк*|выставк*|праздник*|каникул*|рамадан|ураза|курбан|уехал*|" +
          "свадьб*|перед праздник*|перед новым годом|наурыз*|навруз*|нооруз*|байрам*|рождеств*|новый год|новогодн*|масленица|" +
          "день победы|день независимости|выходные|единственный, кто подписывает|" +
          "единственный кто подписывает|без его подписи|без её подписи|без ее подписи|" +
          "подпис*|доступа к клиент-банку|доступ к клиент-банку|санатори*",
      ],
      against: [
        "вернулся|вернулась|вернулись|я снова в офисе|уже в офисе|вышел из отпуска|" +
          "вышел на работу|вышла на работу|вышла из отпуска|уже на месте|снова на связи|" +
          "я на месте|уже вернулся|уже вернулась|выздоровел*",
        "только что вернулся|только что вернулась|только вернулся|только вернулась|недавно вернулся|недавно вернулась|вернулся из командировки|вернулась из командировки|вернулся из отпуска|вернулась из отпуска|вчера вернулся|вчера вернулась",
      ],
      masks: [
        "клиент*|заказчик*|покупател* … в отпуске|в командировке|уехал*|отсутству*|" +
          "на праздниках|не работает|на каникулах",
        "с праздником|с праздниками|с новым годом|с рождеством|хорошего отпуска|" +
          "хороших выходных|хорошего отдыха|ваш отпуск|вашего отпуска|приятного отдыха|" +
          "с наступающим|рамадан карим|вернусь к вам|вернусь с ответом|вернусь к этому|" +
          "вернусь к вопросу|вернусь с информацией|вернусь с обратной|вернусь к теме|" +
          "вернусь с новостями|вернёмся к вам|вернемся к вам|вернется к вам|вернётся к вам|" +
          "вернется с ответом|вернётся с ответом|вернусь к нашему|вернёмся к вопросу|" +
          "вернемся к вопросу|не работает с|не работают с|не работаем с|" +
          "курс вернется|курс вернётся|рубль вернется|рубль вернётся|доллар вернется|" +
          "доллар вернётся|цены вернутся|курс вернутся|деньги вернутся|вашего возвращения|" +
          "вы вернетесь|вы вернётесь|когда вернетесь|когда вернётесь|хороших праздников|" +
          "с прошедшими|поздравляю|поздравляем|с днем|с днём|с 8 марта|с наурызом|" +
          "у вас праздники|у вас каникулы|у вас выходные|ваших праздников",
        cross(
          "не работает с|не работают с|не работал с|не работали с",
          "вашей|вашим|вашими|нами|нашей|этой|этим|такими|китаем|россией|валютой|" +
            "долларами|долларом|юанями|санкционными|иностранными|зарубежными"
        ),
        "проверю|посмотрю|уточню|разберусь|узнаю|выясню|подумаю|обсужу|согласую|сверю|проверим|посмотрим|уточним|разберемся|разберёмся|узнаем|выясним|обсудим|согласуем|изучу|изучим … и вернусь|и вернемся|и вернёмся|и вернусь к|и вернусь с",
        "с новогодними праздниками|с майскими праздниками|с наступающими праздниками|хороших новогодних праздников|с праздничными днями|приятных праздников|хороших майских|с новогодними|хороших каникул",
        "был в командировке|была в командировке|был в отпуске|была в отпуске|был на выставке|была на выставке|был в отъезде|была в отъезде|болел|болела|был на больничном|была на больничном|были в отпуске|были на выставке|был за границей|была за границей … на прошлой неделе|в прошлом месяце|последние дни|на днях|всю прошлую неделю|несколько дней",
        "на прошлой неделе|в прошлом месяце|на днях|прошлую неделю … был в командировке|была в командировке|был в отпуске|была в отпуске|был на выставке|была на выставке|был в отъезде|была в отъезде|болел|болела|были в отпуске|был за границей|была за границей",
      ],
    },
    ar: {
      strong: [
        "في إجازة|في اجازة|في عطلة|إجازة سنوية|اجازة سنوية|إجازة مرضية|اجازة مرضية|" +
          "مسافر|مسافرة|في سفر|على سفر|رحلة عمل|خارج المكتب|خارج البلاد|خارج الدولة|" +
          "غير متواجد|غير موجود في المكتب|في المعرض|مريض|مريضة|في المستشفى|بالمستشفى|" +
          "سافر|سافرت|سافرنا|مسافرين|في رحلة|خارج البلد|خارج المدينة|أنا في الخارج|" +
          "انا في الخارج|أنا بالخارج|انا بالخارج|حاليا في الخارج|حالياً في الخارج|" +
          "حاليا بالخارج|برا البلد|بره البلد|برة البلد|في معرض|بمعرض|في إجازة مرضية|" +
          "وعكة صحية|وعكة|ظرف صحي|ظروف صحية|عملية جراحية|منوم في|تنويم|نقاهة|" +
          "ظرف عائلي|ظروف عائلية|ظرف طارئ|حالة وفاة|وفاة|عزاء|إجازة أمومة|اجازة امومة|" +
          "إجازة وضع|اجازة وضع|إجازة زواج|اجازة زواج|شهر العسل|" +
          "دورة تدريبية|في مؤتمر|في دورة|في مهمة عمل|" +
          "في مهمة رسمية|جلفود|جولفود|جيتكس|معرض كانتون|معرض الصين|معرض قوانغتشو|" +
          "معرض جوانزو|معرض دبي|الحج|الحج|في العمرة|للعمرة",
        "عطلة رسمية|عطلة العيد|إجازة العيد|اجازة العيد|عيد الفطر|عيد الأضحى|عيد الاضحى|" +
          "خلال رمضان|في رمضان|بعد رمضان|بعد العيد|بعد عيد|بعد الإجازة|بعد الاجازة|بعد العطلة|" +
          "خلال العطلة|خلال الإجازة|خلال العيد|موسم الحج|الحج|العمرة|عطلة نهاية السنة|عطلة رأس السنة|" +
          "إجازة رسمية|اجازة رسمية|عطلة عيد|إجازة عيد|اجازة عيد|عطلة الأعياد|عطلة الاعياد|" +
          "إجازة الأعياد|اجازة الاعياد|بمناسبة عيد|بمناسبة العيد|بمناسبة عطلة|بمناسبة إجازة|" +
          "بمناسبة اجازة|بسبب العيد|بسبب عطلة|بسبب العطلة|بسبب الإجازة|بسبب الاجازة|" +
          "بسبب إجازة|بسبب اجازة|الإجازة الصيفية|الاجازة الصيفية|العطلة الصيفية|" +
          "عطلة الصيف|بعد انتهاء الإجازة|بعد انتهاء الاجازة|بعد انتهاء العطلة|" +
          "بعد انتهاء العيد|بعد الأعياد|بعد الاعياد|خلال الأعياد|خلال الاعياد|" +
          "اليوم الوطني|العيد الوطني|عطلة اليوم الوطني|إجازة اليوم الوطني|" +
          "اجازة اليوم الوطني|شم النسيم|المولد النبوي|عطلة المولد|عيد الميلاد|" +
          "أيام العيد|ايام العيد|عطلة نهاية العام|بعد رأس السنة|بعد راس السنة",
        "عند عودتي|بعد عودتي|عند العودة|بعد العودة|حين عودتي|عند رجوعي|بعد رجوعي|عندما أعود|" +
          "عندما يعود|بعد عودته|عند عودته|سأعود|سيعود|" +
          "عودتي|عودته|عودتها|عودتنا|عودتهم|رجوعي|رجوعه|رجوعها|رجوعنا|رجوعهم|" +
          "ستعود|سنعود|يعود يوم|تعود يوم|يرجع يوم|ترجع يوم|راجع يوم|راجعة يوم|" +
          "بعد ما أرجع|بعد ما ارجع|أول ما أرجع|اول ما ارجع|أول ما ارجع|لما أرجع|لما ارجع|" +
          "حتى أرجع|حتى ارجع|لين أرجع|لين ارجع|لحين عودتي|لحين عودته|لحين رجوعي|" +
          "لما يرجع|لما ترجع|أول ما يرجع|اول ما يرجع|أول ما ترجع|اول ما ترجع|" +
          "بعد ما يرجع|بعد ما ترجع|حتى يرجع|حتى ترجع|لين يرجع|لين ترجع|لما نرجع|" +
          "أول ما نرجع|اول ما نرجع|عندما نعود|حين يعود|حين تعود|عندما تعود",
        "المكتب مغلق|المكاتب مغلقة|الشركة مغلقة|البنوك مغلقة|البنوك معطلة|البنوك في عطلة|" +
          "ما في دوام|ما فيه دوام|لا يوجد دوام|بدون دوام|الدوام متوقف|مافي دوام|" +
          "البنوك لا تعمل|البنك لا يعمل|البنوك مقفلة|البنك مقفل|البنك مغلق|" +
          "مكاتبنا مغلقة|مكتبنا مغلق|المصنع مغلق|المصارف مغلقة|المصرف مغلق",
        "المكتب|المكاتب|مكاتبنا|مكتبنا|الشركة|شركتنا|البنوك|المصارف|المصنع|المحل|المستودع … " +
          "مغلق|مغلقة|مقفل|مقفلة|مسكر|مسكرة|في عطلة|في إجازة|في اجازة|معطلة|سيغلق|ستغلق",
        "المحاسب|المدير|المسؤول|صاحب الشركة|مدير الحسابات|المدير المالي|المدير العام|" +
          "المحاسبة|قسم الحسابات|القسم المالي|المفوض بالتوقيع|المخول بالتوقيع|المالك|" +
          "الشريك|مديري|مديرنا|محاسبنا|المدير التنفيذي|المفوض الوحيد|أمين الصندوق|" +
          "الكاشير … إجازة|اجازة|مسافر|" +
          "خارج|سفر|مريض|عطلة|في الحج|العمرة|رحلة|المستشفى|غير متواجد|ليس في المكتب|" +
          "مسافرة|مريضة|سافر|سافرت",
        "أرجع|ارجع|نرجع|يرجع|ترجع|أعود|اعود|نعود|يعود|تعود|راجع|راجعين … الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأسبوع الجاي|الاسبوع الجاي|الأسبوع القادم|الاسبوع القادم|الأسبوع الجاية|بعد أسبوع|بعد اسبوع",
      ],
      weak: [
        "إجازة|اجازة|عطلة|العيد|رمضان|سفر|معرض|المعرض|الأعياد|رأس السنة|" +
          "ساعات مختصرة|دوام مختصر|ساعات عمل مخفضة|ساعات عمل مختصرة|ساعات مخفضة|" +
          "الاعياد|الحج|الاطلاع على البريد|الوصول إلى البريد|الوصول الى البريد|" +
          "محدودة للاطلاع|الاضحى|الأضحى|الفطر|الكريسماس|مؤتمر|السفر|الوحيد الذي|" +
          "لا أحد غيره|لا احد غيره|لا أحد غيرها|لا احد غيرها|المفوض الوحيد",
      ],
      against: [
        "لقد عدت|عدت إلى|عدت من|رجعت إلى|رجعت من|عدت الآن|عدنا إلى|عدنا من|أنا الآن في المكتب|" +
          "رجعت للمكتب|عدت للمكتب|عاد من|عاد إلى|رجع من|رجع إلى|رجع للمكتب|انتهت الإجازة|" +
          "انتهت الاجازة|انتهت العطلة|عاد الى|عدت الى|رجعت الى",
        "توني راجع|توني رجعت|لسه راجع|لسه رجعت|لسا راجع|لسا رجعت|للتو عدت|عدت للتو|رجعت للتو|رجعت توي|رجعت توني|عدت لتوي|رجعت من السفر|عدت من السفر|رجعت من الإجازة|رجعت من الاجازة|عدت من الإجازة",
      ],
      masks: [
        "العميل|عميلنا|الزبون|زبوننا|العملاء|عملاؤنا … إجازة|اجازة|مسافر|عطلة|مغلق",
        "عيد مبارك|عيد سعيد|كل عام وأنتم بخير|كل عام وانتم بخير|رمضان كريم|رمضان مبارك|" +
          "إجازة سعيدة|اجازة سعيدة|عطلة سعيدة|سنة سعيدة|رحلة سعيدة|إجازتك|اجازتك|عطلتك|" +
          "عيد الفطر المبارك|عيد أضحى مبارك|عيد الأضحى المبارك|سأعود إليك|سأعود اليك|" +
          "سأعود لك|سأعود إليكم|سأعود اليكم|سنعود إليكم|سنعود اليكم|" +
          "في معرض رد|في معرض ردكم|في معرض الرد|في معرض حديث|في معرض حديثه|" +
          "إجازة استيراد|اجازة استيراد|إجازة الاستيراد|اجازة الاستيراد|" +
          "سفرة سعيدة|رحلة موفقة|بالسلامة|عودتك|عودتكم|رجوعك|رجوعكم|إجازتكم|اجازتكم|" +
          "عطلتكم|سفرك|سفركم|عيدكم مبارك|ستعود إليكم|ستعود اليكم|سيعود إليكم|" +
          "سيعود اليكم|سيعود لكم|سنعود لكم|عيد ميلاد سعيد|" +
          cross(
            "لما|بعد ما|أول ما|اول ما|حتى",
            "أرجع لك|ارجع لك|أرجع لكم|ارجع لكم|أرجع إليك|ارجع اليك|أرجع اليك|" +
              "نرجع لكم|نرجع لك|يرجع لك|يرجع لكم"
          ),
        cross(
          "التمنيات|تمنياتنا|تمنياتي|التهاني|تهانينا|نهنئكم|أهنئكم|اهنئكم|التهنئة|بالتهنئة|تهنئة",
          cross(
            "بمناسبة",
            "العيد|عيد الفطر|عيد الأضحى|عيد الاضحى|الأعياد|الاعياد|رأس السنة|السنة الجديدة|" +
              "العام الجديد|شهر رمضان|حلول|قدوم"
          )
        ),
        "عيد سعيد|أعياد سعيدة|اعياد سعيدة|إجازة ممتعة|اجازة ممتعة|عطلة ممتعة|سفرة موفقة|كل عام وانت بخير|كل عام وأنت بخير|كل سنة وانتم طيبين|كل سنة وأنتم طيبين|كل سنة وانت طيب|عساكم من عواده|رمضان كريم علينا|تقبل الله|مبارك عليكم الشهر",
        "كنت مسافر|كنت مسافرا|كنت مسافرة|كنت في إجازة|كنت في اجازة|كنت في سفر|كنت في رحلة|كنت بره|كنت برا|كنت خارج|كنت مريض|كنت مريضة|كنت في المعرض|كنا في إجازة|كنا في اجازة|كنا مسافرين|كنت في عطلة … الأسبوع الماضي|الاسبوع الماضي|الأسبوع اللي فات|الاسبوع اللي فات|الشهر الماضي|الأيام الماضية|الايام الماضية|الفترة الماضية|الأسبوع الفائت|الاسبوع الفائت",
        "الأسبوع الماضي|الاسبوع الماضي|الأسبوع اللي فات|الاسبوع اللي فات|الشهر الماضي|الأيام الماضية|الايام الماضية … كنت مسافر|كنت مسافرة|كنت في إجازة|كنت في اجازة|كنت في سفر|كنت في رحلة|كنت خارج|كنت مريض|كنت مريضة|كنا في إجازة|كنا مسافرين",
        "قبل العيد|قبل الإجازة|قبل الاجازة|قبل العطلة|قبل رمضان|قبل الأعياد|قبل الاعياد|قبل السفر|قبل سفري|قبل سفره|قبل عيد|قبل إجازة|قبل اجازة|قبل عطلة",
      ],
    },
  },
};
