import type { PatternFamily } from "../rule";
import { CONDITION } from "./hedges";

/*
 * Accusation: the buyer is told what they did wrong ("you have failed to pay", "you still
 * haven't", "you ignored"). The softer wording states the fact from our side ("we have
 * not yet received"), which leaves the buyer room to answer without losing face.
 * Conditions ("if you have not paid yet") are courteous and stay unflagged (notBefore).
 */

// The buyer as the subject of a Chinese sentence: plain, polite and company forms.
const YOU_ZH = "(你们|你|您们|您|贵司|贵公司|贵方|你方|你司|贵厂)";
const ADV_ZH =
  "(一直|始终|总是|还是|仍然|依然|仍|还|又|再次|到现在|到现在还|至今|至今仍|迟迟|从来|根本|竟然|居然|一再|屡次)?(都)?";
const PAY_ZH =
  "(付款|付钱|付清|付|支付|打款|汇款|转账|转款|结清|结款|回款|安排付款|安排汇款|回复|回邮件|回信|答复)";

// A gap inside one German clause, for verb-final sentences ("Sie haben die Rechnung Nr. 2291
// vom 15. März nicht bezahlt"): no sentence or clause mark, but the dot of a number or "Nr.".
const GAP_DE = "(?:[^\\n.!?;,:]|(?<=\\d|nr|ca|bzw|inkl|zzgl)\\.){0,70}";

export const accusation: PatternFamily = {
  kind: "patterns",
  category: "accusation",
  rules: {
    en: [
      {
        match: [
          "(you|your company|your side|your team|your firm) (have |has |had )?(repeatedly |again |once again |completely |clearly |simply )?(failed|neglected|refused) to (pay|make (the |any |your )?payment|transfer|remit|send|settle|arrange|honou?r|keep|respect|reply|respond|answer|meet|fulfill|fulfil|comply|wire)",
        ],
        say: "we have not yet received the payment",
        notBefore: CONDITION.en,
      },
      {
        match: [
          "you (have |had )?still (haven't|have not|hasn't|has not|didn't|did not|don't|do not|not|never)( yet)?( (paid|sent|transferred|remitted|settled|replied|responded|answered|made|arranged|confirmed|released|wired|done))?",
          "you (haven't|have not|didn't|did not|never) (yet |even )?(paid|transferred|remitted|settled|wired|released (the )?payment|made (the |any )?payment|replied|responded|answered)",
          "you (didn't|did not|never) (even )?(pay|transfer|settle|wire|reply|respond|answer|make (the |any )?payment|send (the |any )?(money|payment|slip))",
          "why (have|has) (you|your company) (still )?not (paid|transferred|settled|replied|responded|answered)",
          "why (haven't|hasn't) (you|your company) (yet )?(paid|transferred|settled|replied|responded|answered)",
          "why (did|didn't) you (not )?(pay|reply|respond|answer|transfer|keep)",
          "(your company|your side|your team|your firm) (still )?(hasn't|has not|didn't|did not|never) (yet )?(paid|transferred|remitted|settled|wired|made (the |any )?payment|replied|responded|answered)",
          "still no (payment|reply|answer|response|word|news|transfer) from (you|your side|your company|your team)",
        ],
        say: "it seems the payment has not reached us yet",
        notBefore: CONDITION.en,
      },
      {
        match: [
          "you('re| are| were| have| had| keep| kept| continue to| continue| seem to)?( been)?( completely| totally| simply| just| deliberately| repeatedly| again| always| still)? (ignored|ignoring|disregarded|disregarding)",
          "you('re| are| keep| kept| continue to| continue) (avoiding|dodging|avoid|dodge) (us|me|my|our|all)",
          "(my|our|all (of )?(my|our)) (previous |earlier |last |many |several |repeated )?(emails|e-mails|mails|messages|reminders|calls|letters|follow-ups)~ (have been|has been|were|are being|keep being|got|went|remain|remained|have gone|have remained) (ignored|unanswered|unread|without (a )?(reply|answer|response))",
          "(you|your company) (never|don't|do not|didn't|did not) (even )?(bother|care) to (reply|respond|answer|pay|read)",
        ],
        say: "perhaps my earlier emails did not reach you",
        notBefore: CONDITION.en,
      },
      {
        match: [
          "you (have )?(broken|broke|did not keep|didn't keep|never kept|have not kept|haven't kept|did not honou?r|didn't honou?r|have not honou?red|haven't honou?red|went back on|gone back on) (on )?(your|the|every|all (of )?(your|the)) (promise|promises|word|commitment|commitments|agreement|payment promise|assurance|assurances)",
          "you (have )?(not|never) (kept|honou?red|respected) (a single|any|one|your|the|our) (promise|promises|commitment|commitments|agreement|word|deadline|payment date)",
          "you (do not|don't|did not|didn't) (respect|honou?r|keep|follow) (our|the|your) (agreement|contract|terms|payment terms|commitment|commitments|promise|deadline)",
          "(your|these|all these|all your|the same|more|so many) (empty |broken |false |endless |constant )?(excuses|lies|empty promises|broken promises|false promises)",
          "(yet )?another (excuse|empty promise|broken promise|false promise)",
          "you (lied|have lied|are lying|were lying|keep lying|lie) to (us|me)",
          "you (lied|have lied|are lying|were lying|keep lying)",
          "you promised~ (but|and|yet) (never|did not|didn't|still|nothing|again)",
          "(you|your team|your company|your boss) (said|promised|told us|told me|assured us|assured me|confirmed)~~,? (but|yet) (nothing|never|no|still|again|it (never|didn't|did not))",
          "(our|my) (side|part|end) of the (deal|bargain|agreement)~,? (but )?(you|your side|your company) (did not|didn't|have not|haven't)",
        ],
        say: "the payment did not arrive on the date we had discussed",
      },
      {
        match: [
          "you (always|never|constantly|keep) (pay|paid|paying|reply|replied|replying|respond|responded|answer|answered) (late|on time|in time)",
          "you('re| are) (always |constantly |repeatedly |again |so |very |extremely |seriously |already )?late (with|in|on|paying)",
          "you('re| are) (hiding|running away|disappearing)( from (us|me))?",
          "you (have )?(done|did) nothing(?! wrong)",
          "(decency|courtesy) to (reply|respond|answer|let us know|get back)",
          "you (always|constantly|keep|kept) (find|finding|make|making|come up with|coming up with) (an |another |new |some |more )?(excuse|excuses)",
          "you('re| are)? (always|constantly|keep|kept) (delay|delaying|postpone|postponing|make excuses|making excuses|find excuses|finding excuses|change the date|changing the date|push back|pushing back|moving the date)",
          "you (are|were|have been) (deliberately|intentionally|purposely|purposefully|clearly) (delaying|holding|withholding|avoiding|stalling)",
          "(delaying|holding back|withholding) (the |our |this )?payment (deliberately|intentionally|on purpose)",
        ],
        say: "the payment is taking longer than planned",
      },
      {
        match: [
          "(this|that|it|your (delay|behaviou?r|attitude|silence|conduct)|such (a delay|behaviou?r)|the situation|this situation|this delay) (is|was|has become|becomes|seems) (totally |completely |absolutely |simply |really |just |quite |very |highly |extremely )?(unacceptable|unprofessional|ridiculous|outrageous|a disgrace|disgraceful|shameful|not professional)",
          "(totally|completely|absolutely|highly|very|extremely) (unacceptable|unprofessional)",
          "(your|such) unprofessional (behaviou?r|attitude|conduct|way)",
        ],
        say: "this delay puts us in a difficult position",
      },
      {
        match: ["you (still )?owe (us|me|our company)"],
        say: "the outstanding balance is",
      },
      {
        match: [
          "(it is|it's|this is|that is|that's|it was) (entirely |all |completely |clearly |solely )?your (fault|mistake|problem)",
        ],
        say: "let us look at how to solve this together",
      },
      {
        match: [
          "(you|your company|your side|your team|your firm|your accounts? (team|department)|your finance (team|department)|your purchasing (team|department)) (have |has |had )?(clearly |simply |completely |totally |repeatedly |again |once again |just )?(violated|breached|broken|broke|disregarded|not respected|not honou?red|not followed|did not respect|didn't respect|did not honou?r|didn't honou?r|did not follow|didn't follow|did not comply with|didn't comply with|failed to respect|failed to honou?r|failed to follow|failed to comply with) (the|our|your|all (of )?(the|our))~ (contract|agreement|payment terms|terms|conditions|deadlines?|due dates?|schedule|commitments?|clauses?)",
          "(terms|conditions|agreement|contract|deadlines?|due dates?|payment dates?|schedule|commitments?|clauses?)~ (were|was|have been|has been|had been|are being|keep being) (simply |completely |totally |clearly |entirely |just |again |once again |deliberately |repeatedly )?(not respected|not honou?red|not followed|not kept|not met|ignored|disregarded|violated|breached|broken) by (you|your)",
          "(you|your company|your side|your team) (have |has )?(not|never) (replied|responded|answered) (to )?(a single|any|one|even one) (of )?(my|our)",
          "not (a single|one|even one) (reply|answer|response|word|payment|cent|dollar) from (you|your)",
          "(didn't|did not|haven't|have not|hasn't|has not|never) (even )?(bothered|cared|taken the (time|trouble)|took the (time|trouble)|had the courtesy) to (reply|respond|answer|pay|let us know|get back|acknowledge|call)",
        ],
        say: "the payment has not yet followed the schedule we agreed",
        notBefore: CONDITION.en,
      },
      {
        match: [
          "(you|your company|your side|your team|your firm|you guys) (is |are |'re )?(always|constantly|repeatedly|continually|regularly|habitually|systematically|chronically|every time) (paying|pay|pays|paid) (late|too late|behind schedule|after the due date)",
          "(you|your company|your firm|your side) (is|are|'re) (always |constantly |again |chronically |such )?(a )?(late|slow|bad|poor) payers?",
          "(always|constantly|repeatedly|systematically|chronically|every time) (late|delayed|behind) (with|in|on) (your |the )?(payment|payments|paying)",
          "(you|your company|your side) (never|rarely|seldom) (pays?|paid|settles?|settled) (on time|in time|as agreed|by the due date)",
        ],
        say: "the payment is taking longer than planned",
        notBefore: CONDITION.en,
      },
      {
        match: [
          "(because of|thanks to) (your|you guys') (late payment|late payments|delay|delays|delayed payment|non-payment|nonpayment|slow payment|late transfer|payment delay)",
          "(problem|situation|delay|mess|issue|loss|losses|damage|trouble)~ (was|were|has been|have been|is) (created|caused) by (you|your)",
          "(you|your company|your side) (have |has )?(caused|created) (this|these|us|our) (problem|problems|situation|mess|trouble|losses|loss|delay)",
          "(you|your company|your side) (are|is) (fully |solely |entirely |completely )?(responsible|to blame) for (this|the (delay|situation|problem|loss|losses|mess|damage)|our (loss|losses|problems|trouble))",
          "(this is|it is|it's|that is|that's) (all )?because of you",
          "no reason (for you |for your company |for your side )?to (hold|keep|withhold|delay|sit on) (our|my|the) (money|payment|funds)",
          "(holding|withholding|sitting on|hold|withhold|sit on) (our|my) (money|funds)",
        ],
        say: "let us look at how to solve this together",
      },
      {
        match: [
          "(delay|delays|lateness|behaviou?r|attitude|silence|conduct|way of working|payment behaviou?r)~ (is|are|was|were|has become|have become|becomes|remains) (totally |completely |absolutely |simply |really |just |quite |very |highly |extremely |frankly )?(unacceptable|unprofessional|ridiculous|outrageous|disgraceful|shameful|intolerable|inexcusable)",
        ],
        say: "this delay puts us in a difficult position",
      },
      {
        match: [
          "you (do not|don't|did not|didn't|have not|haven't|never) (respect|respected|honou?r|honou?red|keep|kept|follow|followed|meet|met)~ (agreement|contract|terms|payment terms|deadlines?|due dates?|payment dates?|dates?|promises?|commitments?|schedule)",
          "(you|your company|your side|your team|your firm) (does not|doesn't|do not|don't|never) (respect|honou?r|keep|meet|follow)~ (deadlines|due dates|agreements?|terms|commitments|promises|payment terms|contracts?)",
          "you (have )?(delayed|postponed|pushed back|put off)~ (again and again|repeatedly|many times|several times|so many times|every time|once again|over and over)",
          "(always|constantly|repeatedly|continually|regularly|habitually|systematically|chronically) (pays|paying|paid) (late|too late|behind schedule)",
          "(you|your company|your side)~ (keeping|keep|holding|withholding|sitting on) (our|my) (money|funds)",
          "(lost|loss|losses|problems|trouble|damage|suffered|suffer|suffering|delayed|paid interest)~ because of (you|your (company|delay|late payment|side))",
        ],
        say: "the payment is taking longer than planned",
        notBefore: CONDITION.en,
      },
    ],
    zh: [
      {
        match: [
          `${YOU_ZH}${ADV_ZH}(没有|没|未曾|未能|未|不肯|不愿|不)(按时|如期|及时)?${PAY_ZH}`,
          `(至今|到现在|迟迟|一直|始终)(仍|还|都)?(没有|没|未)(收到|见到|看到)(你们|你|您|贵司|贵方)的?(付款|货款|款项|回复|答复|消息)`,
          `(至今|到现在|到今天|迟迟|一直)(仍|还|都|也)?(没有|没|未)${PAY_ZH}`,
          "(答应|承诺|说好|保证)[^。！？\\n]{0,30}(结果|但是|但|却|可是)[^。！？\\n]{0,15}(没|未|还没|又没|并没)",
        ],
        say: "我们暂时还没有收到这笔款项",
        notBefore: CONDITION.zh,
      },
      {
        match: [
          `${YOU_ZH}(一直|总是|完全|根本|故意|竟然|居然|一再|还|又)?(在)?(无视|忽视|忽略|不理睬|不理会|不理|置之不理|不予理会|视而不见|装作没看见|假装没看到|装聋作哑|躲着|回避)`,
          "(我|我们)的(邮件|信息|消息|催款|提醒|电话|信)(都|一直|全|总是)?(被)?(石沉大海|没有回音|没有回复|无人回复|被无视|被忽略|没人理)",
          "(石沉大海|置之不理|不予理会|视而不见|装聋作哑)",
          `(邮件|消息|信息|电话|催款)${YOU_ZH}${ADV_ZH}(不|没|没有)(回|回复|理|接|理会)`,
        ],
        say: "可能之前的邮件没有顺利送达",
        notBefore: CONDITION.zh,
      },
      {
        match: [
          `${YOU_ZH}…(言而无信|不守信用|失信|说话不算话|说话不算数|不守承诺|违背(了)?承诺|食言|出尔反尔|一拖再拖|一再拖延|故意拖欠|恶意拖欠|拖欠|撒谎|说谎|骗人|欺骗|忽悠)`,
          "(言而无信|不守信用|说话不算话|说话不算数|出尔反尔|一拖再拖|恶意拖欠|故意拖欠|拖欠货款|拖欠款项|拖欠)",
          "(又是|都是|全是|还是)(借口|推脱|托词)",
          "(一点|丝毫|毫无)(诚信|信用|信誉)(都|也)?(没有|没)?",
          "(说好的|答应的|承诺的|说好|答应好的)…(又|还|也|却|并)(没|没有|未)",
          "(找|编)(各种|这么多)?借口",
        ],
        say: "付款时间比我们约定的晚了一些",
      },
      {
        match: [
          "(太|实在|非常|很|极其|十分)(过分|离谱|不像话|不专业|不负责任)(了)?",
          "(不像话|不可理喻|太不专业|毫无诚信)",
        ],
        say: "这次延迟让我们这边有些为难",
      },
      {
        match: [`(是|全是|都是)${YOU_ZH}的(错|责任|问题)`, `${YOU_ZH}(还)?欠(我们|我司|我|我方)`],
        say: "我们一起看看怎么解决",
      },
      {
        match: [
          `${YOU_ZH}${ADV_ZH}(没有|没|未|不)(按照|按|依照|根据|遵照)…(付款|支付|结清|付清|打款|汇款)`,
          `${YOU_ZH}${ADV_ZH}(一封|一个字|一句话|一次|一分钱|一分|一个电话)(都|也)(没有|没|不|未)(回|回复|答复|付|给|理|接)`,
          `${YOU_ZH}${ADV_ZH}(没有|没|未|不|从不|从来不|从没|从未)(遵守|履行|兑现|信守|遵照|执行)…(承诺|诺言|约定|合同|协议|条款|付款条件|付款方式|规定)`,
          `${YOU_ZH}…(违约|违反(了)?(合同|约定|协议|条款|规定)|毁约|不守约)(?!金|责任|条款)`,
          "(违约在先|单方面违约|严重违约)",
          `${YOU_ZH}…(却|竟然|居然)?(完全|根本|直接)?(无视|忽视|置若罔闻|视而不见|不予理睬)`,
        ],
        say: "付款和我们约定的安排有些出入",
        notBefore: CONDITION.zh,
      },
      {
        match: [
          `(是|都是|全是|完全是)${YOU_ZH}(造成|导致|引起|害)的`,
          `(因为|由于)${YOU_ZH}(的)?(迟迟不|一直不|迟迟没有|一直没有|拖延|拖欠|延迟|不按时|逾期|不付款|没付款)`,
          "(给|令)(我们|我司|我方)(造成|带来)了?(很大|巨大|严重|不少|重大|极大)?的?(损失|麻烦|困扰)",
          `${YOU_ZH}(每次|总是|老是|经常|屡屡|次次|回回|常常)(都)?(拖欠|拖延|延迟|晚|迟|推迟)(付款|付|支付|货款|打款)?`,
          "(完全|根本|绝对|实在|简直)(是)?(不能|无法|不可|难以)(接受|容忍)",
          "(这样|这种|如此)(拖延|拖欠|延迟|做法|行为|态度)…(不能|无法|不可|难以)(接受|容忍)",
        ],
        say: "这次延迟让我们这边有些为难",
      },
      {
        match: [
          `${YOU_ZH}(从来|从|一直|总是|老是)(都)?(不|没|没有)(接|回|理|接听|回复)(我|我们|电话|邮件|信息)`,
          `(因为|由于|都是因为|就是因为)${YOU_ZH}(的原因|的问题|的延误|的拖延)?[，,]…(损失|延误|被迫|不得不|只能|只好|推迟|麻烦|亏)`,
        ],
        say: "这次延迟让我们这边有些为难",
        notBefore: CONDITION.zh,
      },
    ],
    es: [
      {
        match: [
          "(usted |ustedes |ud\\. |uds\\. |vd\\. )?(aún |todavía |hasta (ahora|hoy|la fecha) |otra vez |de nuevo |nunca )?no (ha|han|has) (realizado|efectuado|hecho) (el |ningún |ni un |los )?(pago|pagos|transferencia|abono)",
          "(usted|ustedes|ud\\.|uds\\.) (aún |todavía |hasta (ahora|hoy|la fecha) )?no (ha|han|has) (pagado|abonado|transferido|liquidado|saldado|cumplido|respondido|contestado)",
          "(aún|todavía|hasta (ahora|hoy|la fecha)|otra vez|de nuevo) no (ha|han|has) (pagado|abonado|transferido|liquidado|saldado|cumplido|respondido|contestado)",
          "(sigue|siguen|continúa|continúan|sigues) sin (pagar|responder|contestar|abonar|transferir|cumplir|realizar el pago|hacer el pago|liquidar)",
          "no (ha|han|has) (pagado|abonado|transferido|liquidado|saldado)",
          "(usted|ustedes) no (pagó|pagaron|respondió|respondieron|cumplió|cumplieron|contestó|contestaron)",
        ],
        say: "todavía no hemos recibido el pago",
        notBefore: CONDITION.es,
      },
      {
        match: [
          "(ha|han|has) (ignorado|desatendido|hecho caso omiso)",
          "(está|están|estás|sigue|siguen) ignorando",
          "(usted|ustedes) (ignora|ignoran|ignoró|ignoraron)",
          "(ignora|ignoran|ignoró|ignoraron) (mis|nuestros|nuestras|todos (mis|nuestros)|todas (mis|nuestras)) (correos|mensajes|emails|e-mails|recordatorios|llamadas|cartas)",
          "(ignoró|ignoraron|ignoraste) (mi|nuestro|nuestra|el|la|los|las) (correo|mensaje|email|e-mail|recordatorio|llamada|carta|correos|mensajes)",
          "(mis|nuestros|nuestras) (correos|mensajes|emails|e-mails|recordatorios|llamadas|cartas)~ (han sido|fueron|siguen|quedaron|han quedado) (ignorad[oa]s|sin (respuesta|contestar))",
        ],
        say: "quizás mis correos anteriores no le llegaron",
        notBefore: CONDITION.es,
      },
      {
        match: [
          "(ha|han|has) (incumplido|faltado a|roto) (su|sus|la|el|tu) (palabra|promesa|promesas|compromiso|compromisos|acuerdo|obligaciones)",
          "no (ha|han|has) cumplido (su|sus|la|el|tu) (palabra|promesa|promesas|compromiso|compromisos)",
          "no (ha|han|has) cumplido (con )?(lo acordado|lo pactado|el acuerdo|su palabra|su compromiso|los plazos|el plazo|sus obligaciones)",
          "(incumplió|incumplieron|rompió|rompieron) (su|sus) (palabra|promesa|promesas|compromiso|compromisos)",
          "no (cumplió|cumplieron) (con )?(su|sus|lo) (palabra|promesa|promesas|compromiso|compromisos|acordado|pactado)",
          "(sus|tus|tantas|estas|esas|las mismas) (excusas|mentiras|promesas vacías|falsas promesas|promesas incumplidas)",
          "(otra|una nueva|otra nueva) (excusa|promesa vacía|mentira)",
          "(nos|me) (ha|han|has) mentido",
          "(nos |me )?(prometieron|prometió|dijeron|dijo|aseguraron|aseguró|confirmaron|confirmó)~~,? (y|pero) (no lo hicieron|no lo hizo|nunca|todavía no|aún no|no (pagaron|pagó|llegó|hemos recibido))",
          "(está|están|estás) mintiendo",
        ],
        say: "el pago no llegó en la fecha que habíamos acordado",
      },
      {
        match: [
          "(siempre|constantemente|una y otra vez) (retrasa|retrasan|aplaza|aplazan|pospone|posponen|pone excusas|ponen excusas|paga tarde|pagan tarde|incumple|incumplen)",
          "(retrasando|aplazando|posponiendo|reteniendo) (el pago|los pagos) (a propósito|deliberadamente|intencionadamente|adrede)",
        ],
        say: "el pago está tardando más de lo previsto",
      },
      {
        match: [
          "(esto|eso|su (retraso|actitud|comportamiento|silencio)|este retraso|esta situación|la situación) (es|resulta|me parece|nos parece) (totalmente |completamente |absolutamente |simplemente |realmente |muy )?(inaceptable|intolerable|inadmisible|una vergüenza|vergonzoso|indignante|poco profesional|una falta de respeto)",
          "(totalmente|completamente|absolutamente) (inaceptable|intolerable|inadmisible)",
          "(muy|totalmente) poco profesional",
          "nada profesional",
          "(una )?falta de (respeto|seriedad|profesionalidad|profesionalismo|compromiso)",
          "(es|fue) (culpa|responsabilidad) (suya|de ustedes|de usted|tuya)",
        ],
        say: "este retraso nos pone en una situación difícil",
      },
      {
        match: [
          "(usted|ustedes) (nos|me) (debe|deben)",
          "(nos|me) (debe|deben) (todavía|aún|dinero|el dinero)",
        ],
        say: "el saldo pendiente es",
      },
      {
        match: [
          "no se (ha |han |había |habían )?(dignado|dignó|dignaron|digna|dignan|molestado|molestó|molestaron|tomado la molestia|tomó la molestia|tomaron la molestia) (a |en |de )?(contestar|responder|contestarnos|respondernos|pagar|llamar|dar|avisar|informar|leer)",
          "(ha|han|habían|había) (incumplido|violado|vulnerado|infringido|quebrantado|desatendido)",
          "(incumplió|incumplieron|violó|violaron|infringió|infringieron) (el|la|las|los|nuestro|nuestra|nuestras|nuestros|su|sus|lo)",
          "no (ha|han|habían|había) respetado (el|la|las|los|nuestro|nuestra|nuestras|nuestros|lo)",
          "(fueron|han sido|ha sido|fue|habían sido|había sido)~ (ignorad[oa]s?|incumplid[oa]s?|violad[oa]s?|desatendid[oa]s?|pasad[oa]s? por alto|no respetad[oa]s?)~ por (parte de )?(usted|ustedes|su|sus)",
          "ni (una|un) (sola |solo )?(respuesta|palabra|llamada|correo|pago) (de|por parte de) (usted|ustedes|su)",
        ],
        say: "el pago no ha seguido el calendario que acordamos",
        notBefore: CONDITION.es,
      },
      {
        match: [
          "por culpa (de su|de sus|de ustedes|de usted|suya|tuya|de tu|de tus|de vuestro|de vuestra)",
          "a causa de (su|sus) (retraso|retrasos|demora|demoras|impago|falta de pago|incumplimiento)",
          "(ustedes|usted|su empresa) (son|es) (los |el |la |las )?(únic[oa]s? )?(responsables?|culpables?) de (esta|este|estos|estas|la situación|nuestr*)",
          "(siempre|constantemente|sistemáticamente|habitualmente|cada vez) (paga|pagan|pagáis|pagas|abona|abonan|salda|saldan) (tarde|con retraso|fuera de plazo)",
          "nunca (paga|pagan|pagáis|pagas|abona|abonan) (a tiempo|puntualmente|en plazo|en fecha)",
          "(retraso|demora|situación|actitud|comportamiento|silencio|falta de (respuesta|pago|seriedad))~ (es|son|resulta|me parece|nos parece|fue) (totalmente |completamente |absolutamente |simplemente |realmente |del todo )?(inaceptable|intolerable|inadmisible|indignante|vergonzoso)",
        ],
        say: "este retraso nos pone en una situación difícil",
      },
      {
        match: [
          "(usted|ustedes|su empresa)~ no (nos |me )?(ha|han) (pagado|abonado|transferido|liquidado|saldado|respondido|contestado|enviado)",
          "no (nos|me) (ha|han) (pagado|abonado|transferido|liquidado|saldado)",
          "nunca (contesta|contestan|responde|responden|atiende|atienden|coge|cogen|devuelve|devuelven) (mis|nuestras|nuestros|el teléfono|a mis|a nuestras|a nuestros|los correos|las llamadas)",
          "por (su|vuestra|tu) culpa",
        ],
        say: "todavía no hemos recibido el pago",
        notBefore: CONDITION.es,
      },
    ],
    fr: [
      {
        match: [
          "vous n'(avez|aviez) (toujours |encore |donc |malheureusement |visiblement |manifestement )?(pas|jamais|rien|point) (encore |toujours )?(payé|réglé|versé|viré|effectué|honoré|respecté|tenu|répondu|donné suite|procédé|régularisé|envoyé)",
          "vous ne (payez|répondez|réglez|respectez|tenez) (toujours pas|jamais|toujours)",
          "(toujours|encore) (pas|aucun|aucune) (de )?(paiement|réponse|règlement|virement|nouvelles) de (votre part|vous|votre société)",
          "vous (avez|aviez) (manqué|omis|refusé|négligé) (à|de) (votre|vos|payer|régler|honorer|respecter|répondre|tenir)",
        ],
        say: "nous n'avons pas encore reçu le règlement",
        notBefore: CONDITION.fr,
      },
      {
        match: [
          "vous (avez|aviez) (complètement |totalement |simplement |délibérément |toujours |encore )?(ignoré|négligé)",
          "vous (continuez à|continuez d'|persistez à) (ignorer|négliger)",
          "vous (nous|m') ?(ignorez|ignoriez)",
          "vous ignorez (nos|mes|toutes nos|tous nos|tous mes|toutes mes) (relances|messages|e-mails|emails|courriels|appels|rappels|demandes)",
          "(mes|nos) (précédents |derniers |nombreux )?(e-mails|emails|courriels|mails|messages|relances|appels|lettres)~ (sont|ont été|restent|sont restés|sont restées|restés|restées) (ignorés|ignorées|sans réponse|lettre morte)",
        ],
        say: "peut-être mes précédents messages ne vous sont-ils pas parvenus",
        notBefore: CONDITION.fr,
      },
      {
        match: [
          "vous (n'avez pas|n'avez jamais|n'avez toujours pas) (tenu|respecté|honoré) (votre|vos) (parole|promesse|promesses|engagement|engagements)",
          "vous (avez manqué|manquez) à (votre|vos) (parole|promesse|promesses|engagement|engagements|obligations)",
          "vous ne (respectez|tenez|honorez) (pas|jamais|toujours pas) (vos|votre) (engagements|engagement|promesses|promesse|parole|délais|échéances)",
          "(vos|ces|toujours les mêmes|encore des|tant d') (excuses|prétextes|promesses non tenues|promesses vides|promesses en l'air|mensonges)",
          "(encore une|une nouvelle|une autre) (excuse|promesse non tenue|promesse en l'air)",
          "vous (nous |m')?(avez menti|mentez)",
        ],
        say: "le règlement n'est pas arrivé à la date convenue",
      },
      {
        match: [
          "vous (payez|répondez) (toujours|systématiquement) en retard",
          "vous (repoussez|reportez|retardez) (sans cesse|toujours|systématiquement|délibérément|volontairement)",
          "vous (retardez|retenez) (le paiement|le règlement) (exprès|délibérément|volontairement)",
        ],
        say: "le règlement prend plus de temps que prévu",
      },
      {
        match: [
          "(c'est|c'était|cela est|ceci est|la situation est|ce retard est|votre (attitude|comportement|silence) est) (totalement |absolument |tout simplement |vraiment |parfaitement |tout à fait )?(inacceptable|inadmissible|intolérable|scandaleux|honteux|pas sérieux|pas professionnel|non professionnel|irrespectueux)",
          "(totalement|absolument|parfaitement) (inacceptable|inadmissible|intolérable)",
          "(c'est|c'est entièrement|c'est uniquement) (de )?votre (faute|responsabilité)",
        ],
        say: "ce retard nous met dans une situation délicate",
      },
      {
        match: ["vous (nous|me) devez"],
        say: "le solde restant est de",
      },
      {
        match: [
          "(votre société|votre entreprise|vous|votre service|votre comptabilité|votre client|votre maison)~ (n'a|n'avez|n'ont) (pas|jamais|toujours pas) (respecté|honoré|tenu) (les|la|le|nos|notre|vos|votre|ses|leurs|l')",
          "(a|avez|ont) (violé|enfreint|bafoué|rompu) (le|la|les|nos|notre|l'|vos|votre)",
          "(ont été|a été|sont|était|étaient|avaient été|avait été)~ (purement et simplement |complètement |totalement |tout simplement |délibérément |carrément )?(ignorés|ignorées|ignoré|ignorée|bafoués|bafouées|non respectés|non respectées|pas respectés|pas respectées|violés|violées|enfreints) par (vous|votre|vos)",
          "(n'avez|n'a|n'ont) (même )?pas (daigné|pris la peine de|jugé utile de|pris le temps de) (répondre|nous répondre|me répondre|payer|régler|réagir|donner suite)",
          "sans (même )?(daigner|prendre la peine de) (répondre|réagir|nous répondre)",
        ],
        say: "le règlement n'a pas suivi le calendrier convenu",
        notBefore: CONDITION.fr,
      },
      {
        match: [
          "(à cause de|par la faute de) (votre|vos) (retard|retards|défaut|négligence|silence|impayé|impayés|non-paiement|manquement|manquements)",
          "(c'est|c'était) (à cause de vous|de votre faute)",
          "par votre faute",
          "vous (êtes|en êtes) (seuls? |entièrement |pleinement )?responsables? (de (cette|ce|ces) (situation|retard|problème|difficultés|pertes)|de nos (pertes|difficultés|problèmes))",
          "(votre société|vous|votre entreprise)~ (paie|paye|payez|règle|réglez|payent|paient|règlent) (toujours|systématiquement|régulièrement|constamment|chaque fois|sans cesse) (en retard|avec retard|hors délai)",
          "(retard|retards|comportement|attitude|silence|situation|manque de (réponse|sérieux|respect)|absence de (réponse|paiement|règlement)|façon de faire|manière de faire)~ (est|sont|était|devient|reste|me semble|nous semble|paraît) (tout simplement |totalement |absolument |parfaitement |vraiment |tout à fait |franchement |purement et simplement )?(inadmissible|inacceptable|intolérable|scandaleux|scandaleuse|honteux|honteuse|inqualifiable)",
        ],
        say: "ce retard nous met dans une situation délicate",
      },
      {
        match: [
          "vous ne (nous|m') ?(avez|aviez) (toujours |encore |jamais |même )?(pas|jamais|rien) (encore |toujours )?(payé|réglé|versé|viré|répondu|envoyé|rappelé)",
          "ne (respecte|respectez|respectent|tient|tenez|tiennent|honore|honorez|honorent) (pas|jamais|toujours pas) (les|vos|ses|nos|la|le|leurs|votre|sa|l')~ (délais|échéances|engagements|conditions|termes|contrat|accord|promesses|dates|date|délai|échéance)",
          "(à cause de vous|par votre faute|c'est votre faute)",
        ],
        say: "nous n'avons pas encore reçu le règlement",
        notBefore: CONDITION.fr,
      },
    ],
    de: [
      {
        match: [
          "(sie|ihr) (haben|hatten|habt)~ (immer noch|noch immer|bis heute|bislang|bisher|wieder|schon wieder|erneut|noch) (nicht|nichts|kein geld|keine zahlung)~ (bezahlt|gezahlt|überwiesen|beglichen|geantwortet|reagiert|gemeldet|eingehalten)",
          "(sie|ihr) (haben|hatten|habt) (die rechnung |den betrag |die zahlung )?(nicht|nie) (bezahlt|gezahlt|überwiesen|beglichen|geantwortet|reagiert|geleistet|vorgenommen|veranlasst|getätigt)",
          "(zahlen|antworten|reagieren|melden) (sie|ihr) (immer noch|noch immer|einfach|schon wieder|wieder) nicht",
          "(sie|ihr) (zahlen|antworten|reagieren) (einfach |immer noch |noch immer )?nicht",
        ],
        say: "wir haben die Zahlung leider noch nicht erhalten",
        notBefore: CONDITION.de,
      },
      {
        match: [
          "(sie|ihr) (haben|hatten|habt)~ (ignoriert|missachtet)",
          "(sie|ihr) (ignorieren|ignoriert)~ (meine|unsere|alle|uns|mich)",
          "(meine|unsere) (e-mails|emails|mails|nachrichten|erinnerungen|mahnungen|anrufe|schreiben)~ (wurden|werden|blieben|bleiben|sind)~ (ignoriert|unbeantwortet)",
        ],
        say: "vielleicht haben Sie meine früheren Nachrichten nicht erhalten",
        notBefore: CONDITION.de,
      },
      {
        match: [
          "(sie|ihr) (haben|habt) (ihr|ihre|euer|eure) (versprechen|wort|zusage|zusagen)~ (gebrochen|nicht gehalten|nicht eingehalten)",
          "(sie|ihr) (halten|haltet) (ihre|eure|ihr|euer) (zusagen|zusage|versprechen|wort|termine|zahlungsziele)~ (nie|nicht|niemals) ein",
          "(ihre|eure|diese|immer neue|ständige|ständigen|leere|leeren) (ausreden|ausflüchte|leere versprechungen|leeren versprechungen|lügen)",
          "(schon wieder|wieder|nur) (eine )?(neue )?ausrede",
          "(sie|ihr) (lügen|haben gelogen|habt gelogen|belügen uns)",
          "(sie|ihr) (haben|habt) (uns|mich) (belogen|angelogen|getäuscht|betrogen)",
        ],
        say: "die Zahlung ist nicht wie besprochen eingegangen",
      },
      {
        match: [
          "(sie|ihr) (zahlen|zahlt) (immer|ständig|jedes mal) (zu spät|verspätet)",
          "(sie|ihr) (verzögern|zögern|schieben)~ (absichtlich|bewusst|ständig|immer wieder)",
        ],
        say: "die Zahlung dauert länger als geplant",
      },
      {
        match: [
          "(das|dies|ihr verhalten|diese verzögerung|diese situation) ist (absolut |völlig |total |einfach |wirklich |schlicht )?(inakzeptabel|unakzeptabel|unverschämt|unprofessionell|eine frechheit|nicht akzeptabel|nicht hinnehmbar|unzumutbar)",
          "(absolut|völlig|total) (inakzeptabel|unakzeptabel|unverschämt|unprofessionell)",
          "(ist|liegt) (ganz |allein |einzig )?(ihre|eure) schuld",
        ],
        say: "diese Verzögerung bringt uns in eine schwierige Lage",
      },
      {
        match: ["(sie|ihr) schulden (uns|mir)"],
        say: "der offene Betrag beläuft sich auf",
      },
      {
        match: [
          `(sie|ihr) (haben|hatten|habt)${GAP_DE} (nicht|nie|niemals|noch nicht|immer noch nicht|noch immer nicht|bis heute nicht|bisher nicht|bislang nicht|überhaupt nicht|gar nicht|leider nicht|wieder nicht|erneut nicht|schon wieder nicht) (bezahlt|gezahlt|überwiesen|beglichen|ausgeglichen|geantwortet|reagiert|zurückgerufen|eingehalten|gehalten|geleistet|veranlasst|angewiesen|freigegeben)`,
          "(haben|hatten|habt) (sie|ihr) (uns |mir )?(überhaupt|gar|bis heute|bisher|bislang|immer noch|noch immer|leider|wieder|schon wieder|erneut) (nicht|nie|niemals|nicht einmal|kein einziges mal|in keiner weise) (reagiert|geantwortet|bezahlt|gezahlt|überwiesen|beglichen|zurückgerufen|gemeldet|zurückgeschrieben)",
          "(haben|hatten|habt) (sie|ihr) (uns |mir )?(nie|niemals|nicht einmal|kein einziges mal) (reagiert|geantwortet|bezahlt|gezahlt|überwiesen|beglichen|zurückgerufen|gemeldet|zurückgeschrieben)",
          `(ihre firma|ihr unternehmen|ihr haus|sie|ihr|ihre buchhaltung|ihre seite|ihre einkaufsabteilung) (hat|haben|habt|hatte|hatten)${GAP_DE} (gebrochen|verletzt|missachtet|nicht eingehalten|nicht beachtet|nicht respektiert|nicht erfüllt)`,
          "(wurden|wurde|werden|sind|ist|waren) (von|durch) (ihnen|ihrer|ihrem|ihren|euch|eurer|eurem)~ (einfach |völlig |komplett |schlicht |bewusst |absichtlich |vollständig |total |schlichtweg )?(ignoriert|missachtet|nicht eingehalten|nicht beachtet|gebrochen|verletzt|übergangen)",
          "(ihr|ihre|euer|eure) (wort|versprechen|zusage|zusagen|zahlungszusage|zusicherung)~ (nicht|nie|wieder nicht|erneut nicht|schon wieder nicht) (gehalten|eingehalten|erfüllt)",
          "(ihr|ihre|euer|eure) (wort|versprechen|zusage|zahlungszusage) gebrochen",
          "(sie|ihr) (halten|haltet|hielten|hieltet) (ihr|ihre|euer|eure) (wort|versprechen|zusagen|zusage) (nicht|nie)",
          "(nicht einmal|nicht mal|nicht|kein einziges mal) die mühe gemacht",
          "(es )?nicht (einmal |mal )?für nötig gehalten",
        ],
        say: "die Zahlung ist nicht wie vereinbart eingegangen",
        notBefore: CONDITION.de,
      },
      {
        match: [
          "(immer|ständig|grundsätzlich|regelmäßig|stets|chronisch|permanent|jedes mal|notorisch|dauernd|laufend) (zu spät|verspätet|unpünktlich|nie pünktlich|nicht pünktlich|schleppend) (zahlt|zahlen|bezahlt|bezahlen|überweist|überweisen|begleicht|begleichen)",
          "(zahlen|zahlt|bezahlen|bezahlt|überweisen|überweist) (sie|ihr|ihre firma|ihr haus|ihr unternehmen) (immer|ständig|grundsätzlich|regelmäßig|stets|chronisch|permanent|jedes mal|notorisch|dauernd) (zu spät|verspätet|unpünktlich|nie pünktlich)",
          "(das|dies|dafür|den schaden) (haben|habt) (sie|ihr) (allein |ganz allein |ganz )?zu verantworten",
          "(durch|wegen|aufgrund) (ihren|ihre|ihres|ihrer|euren|eure|eures) (zahlungsverzug*|verzug*|säumigkeit|nichtzahlung|verspätet* zahlung|zahlungsverzögerung*)",
          "(sie|ihr) (sind|seid) (allein |ganz allein |selbst )?schuld",
          "(ist|wäre|stellt)~ (ein|einen) (klarer |klaren |eindeutiger |eindeutigen )?vertragsbruch",
          "(verzögerung|verzug|zahlungsverzug|verhalten|schweigen|vorgehen|zahlungsmoral|verspätung)~ (ist|sind|war|wird) (absolut |völlig |total |einfach |wirklich |schlicht |schlichtweg )?(inakzeptabel|unakzeptabel|unverschämt|unprofessionell|eine frechheit|nicht akzeptabel|nicht hinnehmbar|unzumutbar)",
        ],
        say: "diese Verzögerung bringt uns in eine schwierige Lage",
      },
      {
        match: [
          "(sie|ihr) (gehen|geht) (nie|niemals|nicht) ans telefon",
          "(sie|ihr) (antworten|reagieren|antwortet|reagiert|melden) (sich )?(nie|niemals)",
          "(sie|ihr) (rufen|ruft) (nie|niemals) zurück",
          "(sie|ihr|ihre firma|ihr unternehmen|ihr haus|ihre buchhaltung) (hält|halten|haltet)~ (nicht|nie|niemals) ein",
          "(sie|ihr|ihre firma|ihr unternehmen|ihr haus) (hält|halten|haltet) (sich )?(nicht|nie|niemals) an (die|unsere|den|das|ihre)",
          "wegen (ihnen|euch)~ (verloren|verlust|verluste|schaden|probleme|ärger|zahlen müssen|vertrösten|verschieben müssen)",
        ],
        say: "wir haben die Zahlung leider noch nicht erhalten",
        notBefore: CONDITION.de,
      },
    ],
    pt: [
      {
        match: [
          "((você|vocês|o senhor|a senhora|vc|vcs) )?(ainda|até agora|até hoje|até o momento|até ao momento|mais uma vez|novamente) não (pagou|pagaram|efetuou|efetuaram|fez|fizeram|realizou|realizaram|respondeu|responderam|transferiu|transferiram|cumpriu|cumpriram|quitou|quitaram)",
          "(você|vocês|o senhor|a senhora|vc|vcs) não (pagou|pagaram|efetuou|efetuaram|realizou|realizaram|respondeu|responderam|transferiu|transferiram|cumpriu|cumpriram|quitou|quitaram)",
          "(continua|continuam|segue|seguem) sem (pagar|responder|efetuar|realizar|cumprir|quitar|dar retorno)",
          "(você|vocês) não (respondem|responde|pagam|paga|retornam|retorna)",
        ],
        say: "ainda não recebemos o pagamento",
        notBefore: CONDITION.pt,
      },
      {
        match: [
          "(você|vocês|o senhor|a senhora)~ (ignorou|ignoraram|ignora|ignoram|tem ignorado|têm ignorado|está ignorando|estão ignorando|está a ignorar|estão a ignorar)",
          "(ignorou|ignoraram) (meus|nossos|minhas|nossas|todos os|todas as) (e-mails|emails|mensagens|lembretes|contatos|contactos|telefonemas|ligações)",
          "(meus|nossos|minhas|nossas) (e-mails|emails|mensagens|lembretes|contatos|contactos|telefonemas|ligações)~ (foram|estão sendo|têm sido|continuam|ficaram) (ignorad[oa]s|sem resposta)",
        ],
        say: "talvez minhas mensagens anteriores não tenham chegado",
        notBefore: CONDITION.pt,
      },
      {
        match: [
          "não (cumpriu|cumpriram|honrou|honraram|manteve|mantiveram) (sua|a|seu|o|com a|com o|com sua|com seu) (palavra|promessa|compromisso|acordo)",
          "(quebrou|quebraram|descumpriu|descumpriram) (sua|a|seu|o) (palavra|promessa|compromisso|acordo)",
          "(suas|tantas|essas|mais|as mesmas) (desculpas|mentiras|promessas vazias|falsas promessas|promessas não cumpridas)",
          "(outra|mais uma|nova) (desculpa|promessa vazia|mentira)",
          "(mentiu|mentiram|está mentindo|estão mentindo|está a mentir|estão a mentir)",
        ],
        say: "o pagamento não chegou na data que tínhamos combinado",
      },
      {
        match: [
          "(sempre|constantemente) (atrasa|atrasam|adia|adiam|paga atrasado|pagam atrasado|dá desculpas|dão desculpas)",
          "(atrasando|adiando|segurando) o pagamento (de propósito|propositalmente|deliberadamente)",
        ],
        say: "o pagamento está demorando mais do que o previsto",
      },
      {
        match: [
          "(isto|isso|este atraso|esta situação|a situação|sua (atitude|postura|conduta)) (é|está) (totalmente |completamente |absolutamente |simplesmente |realmente )?(inaceitável|inadmissível|um absurdo|absurdo|vergonhoso|pouco profissional|uma falta de respeito)",
          "(totalmente|completamente|absolutamente) (inaceitável|inadmissível)",
          "falta de (respeito|profissionalismo|seriedade|compromisso)",
          "(a )?culpa é (sua|de vocês|do senhor|da senhora)",
        ],
        say: "este atraso nos coloca numa situação difícil",
      },
      {
        match: ["(você|vocês) (nos|me) (deve|devem)", "(nos|me) (deve|devem) (ainda|dinheiro)"],
        say: "o saldo em aberto é de",
      },
      {
        match: [
          "(descumpriu|descumpriram|violou|violaram|desrespeitou|desrespeitaram|infringiu|infringiram|não respeitou|não respeitaram) (as|os|a|o|nossas|nossos|nossa|nosso|com as|com os|com o|com a)~ (condições|termos|prazos|prazo|acordo|contrato|cláusulas|cláusula|combinado|acordado|compromisso|compromissos|regras|datas)",
          "(foram|foi|têm sido|tem sido|estão sendo|vêm sendo)~ (desrespeitad[oa]s?|ignorad[oa]s?|descumprid[oa]s?|violad[oa]s?)~ (pel[oa]s?|por) (você|vocês|o senhor|a senhora|seu|sua|seus|suas)",
          "(nem|nem sequer|sequer|nem mesmo) (se )?(dignou|dignaram|deu ao trabalho|deram ao trabalho|preocupou|preocuparam|teve a (cortesia|educação|decência)|tiveram a (cortesia|educação|decência))",
        ],
        say: "o pagamento não seguiu o cronograma que combinamos",
        notBefore: CONDITION.pt,
      },
      {
        match: [
          "por (causa|culpa) (do seu|da sua|dos seus|das suas|de vocês|de você|do senhor|da senhora|de sua|de seu)",
          "por culpa (sua|de vocês)",
          "(vocês|você|o senhor|a senhora|sua empresa) (é|são) (o |os |a |as )?(únic[oa]s? )?(culpad[oa]s?|responsáve(l|is) (por isso|por essa situação|por esta situação|por esse atraso|por este atraso|pelos nossos prejuízos|pelo nosso prejuízo))",
          "nunca (paga|pagam|pagou|pagaram) (em dia|no prazo|na data|pontualmente)",
          "(sempre|constantemente|sistematicamente|toda vez) (paga|pagam|pagando|pagou|pagaram) (atrasado|com atraso|fora do prazo|em atraso)",
          "(atraso|demora|situação|atitude|postura|silêncio|comportamento|falta de (resposta|pagamento|retorno))~ (é|está|são|foi|fica|se tornou) (totalmente |completamente |absolutamente |simplesmente |realmente )?(inaceitável|inadmissível|intolerável|vergonhos[oa]|um absurdo|absurd[oa]|um desrespeito|uma falta de respeito)",
        ],
        say: "este atraso nos coloca numa situação difícil",
      },
      {
        match: [
          "(você|vocês|o senhor|a senhora|sua empresa) nunca (atende|atendem|responde|respondem|retorna|retornam)",
          "(você|vocês|o senhor|a senhora|sua empresa) não (respeita|respeitam|cumpre|cumprem) (os|as|o|a|nossos|nossas)~ (prazos|prazo|datas|data|condições|acordo|contrato|compromissos|combinado)",
        ],
        say: "ainda não recebemos o pagamento",
        notBefore: CONDITION.pt,
      },
    ],
    ru: [
      {
        match: [
          "вы (так и |до сих пор |всё ещё |по-прежнему |опять |снова |ещё |пока |уже )?не (оплатили|заплатили|перевели|погасили|ответили|рассчитались|произвели оплату|прислали оплату|выполнили)",
          "(так и|до сих пор|всё ещё|по-прежнему|опять|снова) не (оплатили|заплатили|перевели|погасили|ответили|рассчитались|произвели оплату|прислали оплату)",
          "(вы|ваша компания) (так и )?не (оплатили|заплатили|перевели|погасили|ответили|рассчитались|произвела оплату|оплатила)",
          "(до сих пор|всё ещё|по-прежнему) нет (оплаты|ответа|платежа|денег) от (вас|вашей компании)",
        ],
        say: "мы пока не получили оплату",
        notBefore: CONDITION.ru,
      },
      {
        match: [
          "(вы )?(полностью |просто |совершенно |опять |снова |упорно )?(игнорируете|проигнорировали|игнорировали)",
          "(мои|наши) (письма|сообщения|напоминания|звонки|запросы)~ (остались|остаются|остаются) без (ответа|внимания)",
        ],
        say: "возможно, мои предыдущие письма до вас не дошли",
        notBefore: CONDITION.ru,
      },
      {
        match: [
          "(вы )?(нарушили|не сдержали|не выполнили) (своё|свои|ваше|ваши|данное)? ?(обещание|обещания|слово|обязательства|обязательство)",
          "(ваши|очередные|одни|опять|снова|сплошные) (отговорки|пустые обещания|оправдания)",
          "(очередная|опять|снова) (отговорка|отговорки)",
          "(вы )?(лжёте|врёте|обманываете|обманули|солгали|наврали)",
        ],
        say: "оплата не поступила в оговорённый срок",
      },
      {
        match: [
          "(вы )?(постоянно|всегда|намеренно|специально|умышленно) (задерживаете|затягиваете|откладываете|платите с опозданием|тянете)",
        ],
        say: "оплата задерживается дольше, чем планировалось",
      },
      {
        match: [
          "(это|такое поведение|ваше поведение|эта задержка|такая задержка|ситуация) (совершенно |абсолютно |просто |крайне )?(недопустимо|недопустима|неприемлемо|неприемлема|возмутительно|непрофессионально|безобразие|безответственно)",
          "(крайне|совершенно|абсолютно) (непрофессионально|неприемлемо|безответственно)",
          "(это )?(ваша|только ваша) вина",
          "по вашей вине",
        ],
        say: "эта задержка ставит нас в сложное положение",
      },
      {
        match: ["(вы|ваша компания) (нам|мне) должн*"],
        say: "остаток к оплате составляет",
      },
      {
        match: [
          "(вы|ваша компания|ваша сторона|ваша бухгалтерия|ваш отдел|ваша фирма)~ (нарушили|нарушила|нарушаете|нарушает|не соблюдаете|не соблюдает|не соблюли|не соблюла|не выполнили|не выполнила|не выполняете|не выполняет|не исполнили|не исполнила) (услови*|договор*|контракт*|сроки|срок|обязательств*|договорённост*|график*|свои|наши)",
          "(проигнорирован*|нарушен*|не соблюден*|не выполнен*)~ (вами|вашей|вашим|вашими|с вашей стороны)",
          "не (соизволил*|удосужил*|потрудил*|сочли нужным|посчитали нужным) (даже )?(ответить|оплатить|перезвонить|сообщить|отреагировать|ответить на)",
        ],
        say: "оплата пока не поступила в оговорённые сроки",
        notBefore: CONDITION.ru,
      },
      {
        match: [
          "(постоянно|всегда|регулярно|систематически|вечно|каждый раз|опять|снова) (платит|платите|платят|оплачивает|оплачиваете|оплачивают|рассчитывается|рассчитываетесь) (с опозданием|с задержкой|не вовремя|не в срок|поздно|с просрочкой)",
          "(постоянно|всегда|регулярно|систематически|вечно|каждый раз) (задерживает|задерживаете|задерживают|затягивает|затягиваете|затягивают|срывает|срываете|срывают|нарушает|нарушаете|нарушают) (оплат*|платеж*|сроки|срок*|расчет*)",
          "из-за (вашей|вашего|ваших|вас) (просрочк*|задержк*|неоплат*|опоздани*|затягивани*|неплатеж*)",
          "из-за вас",
          "(вы|ваша компания|ваша сторона) (и )?(виноват*|виновн*)",
          "(задержка|просрочка|ситуация|поведение|молчание|отношение)~ (совершенно |абсолютно |просто |крайне )?(недопустим*|неприемлем*|возмутительн*|непрофессиональн*|безответственн*)",
        ],
        say: "эта задержка ставит нас в сложное положение",
      },
      {
        match: [
          "(вы|ваша компания) (никогда|вообще) не (отвечаете|отвечает|берёте|перезваниваете|перезванивает|реагируете|реагирует)",
          "(вы|ваша компания) (никогда )?не (соблюдаете|соблюдает|выполняете|выполняет) (сроки|услови*|договор*|обязательств*)",
        ],
        say: "мы пока не получили оплату",
        notBefore: CONDITION.ru,
      },
    ],
    ar: [
      {
        match: [
          "(ما زلتم|مازلتم|لا زلتم|لازلتم|لا تزالون|حتى الآن|إلى الآن|لغاية الآن|للآن)،? ?(لم|لا) (تقوموا|تقم|تدفعوا|تدفع|تسددوا|تسدد|تحولوا|تحول|تردوا|ترد|تلتزموا)",
          "(لم|لا) (تقوموا|تقم) (حتى الآن |بعد )?(بالدفع|بالسداد|بالتحويل|بالرد)",
          "لم (تدفعوا|تسددوا|تحولوا|تردوا|تجيبوا|تلتزموا)",
          "(أنتم|انتم|إنكم|انكم|شركتكم)~ (لم|لا) (تدفعوا|تسددوا|تحولوا|تردوا|تدفع|تسدد)",
          "(لم|لا) (تدفعوا|تسددوا|تحولوا|تردوا) (حتى الآن|بعد|إلى الآن|المبلغ|الدفعة|المستحقات)",
        ],
        say: "لم نستلم الدفعة بعد",
        notBefore: CONDITION.ar,
      },
      {
        match: [
          "(تجاهلتم|تتجاهلون|تجاهلت|تتجاهل|قمتم بتجاهل)",
          "(رسائلي|رسائلنا|تذكيراتنا|تذكيراتي|اتصالاتنا|مكالماتنا|رسائلنا السابقة)~ (بدون|بلا|دون|لم تلق|لم تلق أي) (رد|إجابة|جواب)",
        ],
        say: "ربما لم تصلكم رسائلي السابقة",
        notBefore: CONDITION.ar,
      },
      {
        match: [
          "(أخلفتم|اخلفتم|نقضتم|لم تفوا|لم تلتزموا|لم تلتزم|لم تفِ)~ (ب)?(وعدكم|وعودكم|وعدك|التزاماتكم|كلمتكم|الوعد|بوعدكم|بالتزاماتكم|باتفاقنا|بالاتفاق)",
          "(أعذاركم|أعذارك|حججكم|وعودكم الكاذبة|الوعود الكاذبة|المزيد من الأعذار)",
          "(تكذبون|كذبتم|تكذب علينا)",
        ],
        say: "لم تصل الدفعة في الموعد الذي اتفقنا عليه",
      },
      {
        match: ["(تماطلون|تماطل|مماطلتكم|تتهربون|تتهرب|تهربكم|تؤخرون الدفع عمدا|تتعمدون التأخير)"],
        say: "الدفعة تأخرت أكثر مما كان متوقعا",
      },
      {
        match: [
          "(هذا|هذه|ذلك|تصرفكم|سلوككم|تأخيركم|هذا التأخير|الأمر|موقفكم)~ (غير مقبول|غير مقبولة|غير مهني|غير احترافي|مرفوض|مخجل|لا يطاق)",
          "(غير مقبول|غير مهني|غير احترافي) (إطلاقا|على الإطلاق|تماما|بتاتا)",
          "(هذا|ذلك) (خطؤكم|ذنبكم|خطؤك|ذنبك)",
        ],
        say: "هذا التأخير يضعنا في موقف صعب",
      },
      {
        match: ["(أنتم|انتم|إنكم|انكم)? ?(مدينون لنا|تدينون لنا|مدينون لي)"],
        say: "الرصيد المستحق هو",
      },
      {
        match: [
          "(لم|لا) (تقوموا|تقم|تقومون)~ (بسداد|بدفع|بتحويل|بتسديد|بإرسال|بالرد على)",
          "(أخلت|أخللتم|أخل)~ (ب)?(شروط|بنود|التزامات|الاتفاق|العقد|اتفاقنا|الاتفاقية)",
          "(خالفتم|انتهكتم|خرقتم|نقضتم|لم تحترموا|خالفت|انتهكت|خرقت)~ (شروط|بنود|العقد|الاتفاق|الاتفاقية|اتفاقنا|مواعيد)",
          "(تم|قد تم|جرى) (تجاهل|إهمال|خرق|انتهاك) (رسائل|رسالت|تذكير|مواعيد|موعد|شروط|الشروط|المواعيد|الاتفاق|العقد|بنود|اتصالات|مكالمات)",
          "لم (تكلفوا|تتكلفوا|تكلف) (أنفسكم|نفسك)",
        ],
        say: "لم تصل الدفعة وفق الجدول الذي اتفقنا عليه",
        notBefore: CONDITION.ar,
      },
      {
        match: [
          "(تتأخرون|تتأخر|تؤخرون|تؤخر) (في |ب)?(الدفع|السداد|التحويل|دفع|سداد)~ (دائما|باستمرار|كل مرة|في كل مرة|كالعادة|دوما)",
          "(دائما|باستمرار|دوما|كالعادة|في كل مرة) (تتأخرون|تتأخر|تؤخرون|تماطلون)",
          "(تأخركم|تأخيركم|مماطلتكم) (المتكرر|الدائم|المستمر)",
          "بسبب (تأخركم|تأخيركم|مماطلتكم|عدم دفعكم|عدم سدادكم|تأخر شركتكم|تقصيركم)",
          "(أنتم|انتم|شركتكم) (المسؤولون|المسؤولين|المسؤولة|المسئولون) عن (ذلك|هذا|هذه|كل ذلك|ما حدث|التأخير|الخسائر|خسائرنا)",
          "(أنتم|انتم|شركتكم) السبب في",
          "بسببكم",
        ],
        say: "هذا التأخير يضعنا في موقف صعب",
      },
      {
        match: [
          "لا (تردون|ترد|تجيبون|تجيب)~ (أبدا|مطلقا|إطلاقا)",
          "(لم|لا) (تردوا|تردون) (أبدا|مطلقا|على أي)",
          "(لا|لم) (تحترمون|تحترم|تحترموا|تلتزمون|تلتزم|تلتزموا) (ب)?(مواعيد|شروط|الاتفاق|العقد|المواعيد|الشروط|بنود|اتفاقنا|الموعد|وعود|وعودكم)",
          "(تتأخرون|تتأخر|تؤخرون|تؤخر) (دائما|باستمرار|دوما|كالعادة|كل مرة|في كل مرة)",
        ],
        say: "لم نستلم الدفعة بعد",
        notBefore: CONDITION.ar,
      },
    ],
  },
};
