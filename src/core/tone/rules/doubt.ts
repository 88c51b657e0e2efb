import type { BuyerLanguage } from "../../text/language";
import type { PatternFamily, ToneRule } from "../rule";

/*
 * Doubt: questioning the buyer's seriousness, honesty or ability to pay ("if you are not
 * serious", "don't waste our time", "are you really going to pay"). A plain question about
 * a date ("do you plan to pay this week?") is a request, so the rules need the doubting
 * word: "really", "even", "at all", "serious", "trust".
 */

// Round 2: general structures. Doubting the truth of what was said ("did you really send
// it", "hard to believe", "is that true"), the buyer's reason put in quotation marks, and
// "just another excuse" in every language.
const CONDITION_AR = "(?<!\\p{L})[وف]?(إذا|لو|في حال)(?!\\p{L})";
const QUOTE_OPEN = '["“«„‚‘「『]';
const QUOTE_BODY = '[^"“”«»„\\n]{0,25}';
const QUOTE_CLOSE = '["”»“’」』]';
const quoted = (words: string): string =>
  `${QUOTE_OPEN}${QUOTE_BODY}${words}${QUOTE_BODY}${QUOTE_CLOSE}`;

const MORE: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        "(did|have|has) (you|your company|your bank|your team) (really|actually|truly|even|ever) (send|sent|pay|paid|make|made|transfer|transferred|wire|wired|release|released|intend|intended|mean|meant)",
        "(was|has|had) (it|the (payment|transfer|money|wire|remittance)) (really|actually|truly|ever) (been )?(sent|paid|made|transferred|wired|released)",
        "(is|was) (that|this|it) (really|actually|even) (true|the case|so)",
        "(a )?(likely|convenient|nice|familiar|good) (story|excuse)",
        "(just|only|simply|merely) (an|another|one more) (excuse|story|pretext)",
        "(yet )?another (excuse|pretext|story)",
        "(it is|it's|that is|that's|this is) (hard|difficult|a bit hard|a little hard|not easy) to (believe|accept|buy)",
        "(i|we) (find it|find that) (hard|difficult) to (believe|accept)",
        "(if|whether) (you|your company) (ever|really|actually|truly) (plan|planned|intend|intended|mean|meant|want|wanted) to",
        "(avoiding|ignoring|dodging) (us|me|our (calls|emails|messages))~ (on purpose|deliberately|intentionally)",
        "(show|lack of|no sign of|any sign of|doubt your|question your) (some |a little |your |any )?good faith",
      ],
      say: "could you share the transfer details so we can trace it with our bank?",
      notBefore: "(?<!\\p{L})(if|in case|unless|no|not|never)(?!\\p{L})",
    },
    {
      match: [
        `${quoted("(problem|issue|glitch|error|technical|system|bank|holiday|travel|trip|sick|approval|audit|busy|soon|tomorrow|next week|on the way|already sent|already paid|in process|processing)")}`,
      ],
      say: "could you share the transfer details so we can trace it with our bank?",
      notBefore:
        "(?<!\\p{L})(said|says|told|according|called|calls|marked|labell?ed|titled|named|reference|ref|subject|heading|stamped)(?!\\p{L})",
    },
    {
      match: [
        "(is|are) (this|you|it|your company|your order|this order)~ (serious|real|genuine)~ or not",
        "(intend|intends|plan|plans|mean|means|going|want|wants) to pay (us )?(at all|or not|ever)",
        "(honestly|frankly|seriously|sincerely|tell (me|us) (honestly|frankly)),? (do|does|are|will|is) (you|your company)~ (pay|intend|plan|going|want|mean)",
        "(can|could|should) (we|i) (really |still |even )?(trust|believe) (you|your (word|promises?|company|team))",
      ],
      say: "We are sure we can settle this together.",
    },
    {
      match: [
        "(are|is) (you|your company|your side)~ (acting |really |even )?in good faith",
        "(does not|doesn't|do not|don't|not) (sound|seem|look) (very |particularly |entirely |at all |really |too )?(credible|believable|convincing|plausible|true|honest)",
        "(not|hardly|barely|less than) (very |particularly |entirely )?(credible|believable|plausible|convincing)",
        "(losing|lost|lose|have lost|are losing) (faith|trust|confidence) in (you|your)",
        "(trying|try|tried) to (string us along|fool us|trick us|stall|buy time|play for time)",
        "(sounds|sound|looks|look|seems|seem) like (an|another|just an|yet another|one more) (excuse|story|stalling tactic|lie|pretext)",
        "(hard|difficult) to (swallow|buy)",
      ],
      say: "We are sure we can settle this together.",
      notBefore: "(?<!\\p{L})(if|unless|in case)(?!\\p{L})",
    },
    {
      match: [
        "(not sure|doubt|doubts|wonder|question|whether|if|unclear|no sign)~ (in |of )?good faith",
      ],
      say: "We are sure we can settle this together.",
      notBefore: "(?<!\\p{L})(no|not|never|without|don't|didn't|none|little)(?!\\p{L})",
    },
  ],
  zh: [
    {
      match: [
        "(真的假的|是真是假|真是这样吗|真的是这样吗|谁信|谁会信|鬼才信)",
        "(又是|又一个|又是一个|这又是|这又是一个|只是|不过是)…(借口|托词|托辞|说辞|理由吧)",
        "(借口|托词|说辞)(吧|吗|呢)[？?]",
        "(上次|之前|上回|前几天)(说|讲|说是|讲是)[^。！？\\n]{0,20}(这次|现在|今天|这回)(又)(说|讲|是|变成)",
        "(很难|难以|实在难以|不太)(相信|让人相信)",
        `${quoted("(系统|故障|银行|技术|网络|放假|出差|审批|财务|生病|已付|已汇|下周|明天|马上)")}`,
      ],
      say: "相信我们一定能一起解决这件事。",
    },
    {
      match: [
        "(真的|确实|的确|真)(已经)?(汇款|付款|打款|汇出|付了|汇了|打了|转账|转了|安排了)…(吗|么|\\?|？)",
        "(不再|已经不|没法再|无法再)(相信|信任)",
        "(故意|有意|刻意)(躲|躲着|回避|避开|不回|不接|不理)",
        "(怀疑|质疑)(贵司|你们|您)的(诚意|诚信|付款意愿|真诚)",
        "(说实话|老实说|坦白说|实话实说)[，,]?(你们|您|贵司)?…(到底|究竟|打不打算|还付不付|会不会)",
      ],
      say: "相信我们一定能一起解决这件事。",
    },
    {
      match: [
        "(不太|不怎么|很难让人|难以让人|实在难以|很难)(可信|信服|令人信服|相信)",
        "(站不住脚|说不过去|不可信|难以置信|匪夷所思)",
        "(失去|丧失|没了|没有了)(对你们的|对您的|对贵司的)?(信任|信心)",
        "(想|在|故意)(拖时间|拖延时间|争取时间|糊弄我们|忽悠我们)",
        "(听起来|看起来|看着)(像|又像|就像)(是)?(借口|托词|推脱|编的)",
      ],
      say: "相信我们一定能一起解决这件事。",
    },
  ],
  es: [
    {
      match: [
        "(me|nos) cuesta (mucho |bastante )?(creer|creerme|creernos|aceptar)",
        "(es|resulta) (difícil|complicado) (de )?creer",
        "(de verdad|realmente|en serio|de veras)~ (envió|enviaron|pagó|pagaron|transfirió|transfirieron|hizo|hicieron|tiene|tienen) (el pago|la transferencia|intención)",
        "(una |otra |la )?(excusa|historia|cuento)~ (más|de siempre|conveniente)",
        "(solo|sólo|nada más que) (una|otra) (excusa|historia|cuento)",
        `${quoted("(problema|fallo|falla|error|técnic|sistema|banco|vacaciones|festivo|viaje|enferm|auditor|aprobación|ya (pagado|enviado)|la semana que viene|mañana)")}`,
      ],
      say: "¿podría enviarnos los datos de la transferencia para localizarla con nuestro banco?",
      notBefore: "(?<!\\p{L})(si|no|nunca)(?!\\p{L})",
    },
    {
      match: [
        "(sinceramente|honestamente|francamente|de verdad|en serio),? ¿? ?(tienen|tiene|piensan|piensa|van|va|tenéis|pensáis|vais)~ (intención de |a )?(pagar|pagarnos)",
        "(de verdad|realmente|en serio) (enviaron|envió|pagaron|pagó|transfirieron|transfirió|hicieron|hizo) (la|el)",
        "(ya )?no (creemos|creo|nos creemos|me creo) (que|lo que|sus|su)",
        "(nos|me) (están|está|estáis) (evitando|esquivando|ignorando|rehuyendo)~ (a propósito|adrede|deliberadamente|intencionadamente)",
      ],
      say: "Estamos seguros de que lo resolveremos juntos.",
    },
    {
      match: [
        "(no (suena|parece|resulta)|poco) (muy |nada |demasiado )?(creíble|convincente|verosímil)",
        "(perdiendo|perdido|perder|perdemos) (la )?confianza (en (ustedes|usted|su|sus))?",
        "(intentan|intenta|tratan de|trata de|quieren|quiere) (ganar tiempo|darnos largas|engañarnos|tomarnos el pelo)",
        "(actúan|actúa|están actuando|está actuando|obran|obra) (realmente |de verdad )?de buena fe",
        "(la transferencia|el pago|el giro)~ (realmente|de verdad|en realidad) (existe|existió|se hizo|se realizó|se envió)",
        "(suena|parece) (a|una) (otra )?(excusa|historia|cuento)",
      ],
      say: "Estamos seguros de que lo resolveremos juntos.",
      notBefore: "(?<!\\p{L})(si)(?!\\p{L})",
    },
    {
      match: [
        "(dudamos|dudo|dudar) de (su|vuestra|la) (buena fe|seriedad|honestidad|palabra|sinceridad|intención)",
      ],
      say: "Estamos seguros de que lo resolveremos juntos.",
      notBefore: "(?<!\\p{L})(no|nunca|jamás|sin)(?!\\p{L})",
    },
  ],
  fr: [
    {
      match: [
        "(j'ai|nous avons|on a) (du mal|de la peine|peine) à (croire|le croire|y croire)",
        "(difficile|dur) (de |à )?(croire|y croire|le croire)",
        "(vraiment|réellement|bien|effectivement)~ (envoyé|payé|viré|effectué|réglé|transféré)\\s?\\?",
        "(encore une|une autre|une énième|juste une|simplement une) (excuse|histoire|prétexte)",
        "(une )?(excuse|histoire) bien commode",
        `${quoted("(problème|souci|panne|erreur|technique|système|banque|vacances|férié|voyage|malad|audit|validation|déjà (payé|envoyé)|semaine prochaine|demain)")}`,
      ],
      say: "pourriez-vous nous transmettre les références du virement afin que nous le retrouvions avec notre banque ?",
      notBefore: "(?<!\\p{L})(si|ne|pas|jamais)(?!\\p{L})",
    },
    {
      match: [
        "(avez|aviez)-vous (vraiment|réellement|bien|seulement|jamais) (envoyé|payé|viré|effectué|réglé|fait|eu l'intention)",
        "si vous (avez|aviez) (jamais|vraiment|réellement)~ (l'intention|prévu|voulu)",
        "(jamais|vraiment|réellement) eu l'intention de (payer|régler|nous payer)",
        "(évitez|esquivez|fuyez|ignorez)(-vous| vous)?~ (exprès|délibérément|volontairement|sciemment|à dessein)",
        "(ne (peux|pouvons) plus|comment) vous (faire confiance|croire)",
        "(ne croyons|ne crois|ne croit) plus (que|à|en|vos|votre)",
        "(franchement|honnêtement|sincèrement|sérieusement),? (comptez-vous|avez-vous l'intention|allez-vous|voulez-vous) (payer|régler|vraiment)",
      ],
      say: "Nous sommes sûrs que nous allons trouver une solution ensemble.",
    },
    {
      match: [
        "(doutons|doute|douter) de (votre|la) (bonne foi|sincérité|sérieux|honnêteté|parole|volonté)",
      ],
      say: "Nous sommes sûrs que nous allons trouver une solution ensemble.",
      notBefore: "(?<!\\p{L})(ne|n'|pas|jamais|sans|aucun|aucune)(?!\\p{L})",
    },
  ],
  de: [
    {
      match: [
        "(fällt|fiel) (es )?(mir|uns) (schwer|nicht leicht),? (zu glauben|das zu glauben|daran zu glauben|ihnen zu glauben)",
        "(schwer|kaum) zu glauben",
        "(wirklich|tatsächlich|überhaupt) (überwiesen|bezahlt|gezahlt|veranlasst|abgeschickt|gesendet)\\s?\\?",
        "(wieder|schon wieder|noch) (so )?(eine|nur eine) (ausrede|geschichte|ausflucht)",
        "(nur|bloß|lediglich) (eine|wieder eine) (ausrede|ausflucht|geschichte)",
        `${quoted("(problem|störung|fehler|panne|technik|system|bank|urlaub|feiertag|reise|krank|prüfung|freigabe|bereits (bezahlt|überwiesen)|nächste woche|morgen)")}`,
      ],
      say: "könnten Sie uns die Überweisungsdaten senden, damit wir sie mit unserer Bank nachverfolgen können?",
      notBefore: "(?<!\\p{L})(wenn|falls|nicht|kein|keine)(?!\\p{L})",
    },
    {
      match: [
        "(glauben|glaube) (ihnen )?(nicht mehr|kein wort)",
        "(glauben|glaube) (nicht mehr|kaum noch|kaum),? dass (die|ihre|das|der|eine) (überweisung|zahlung|geld|betrag|swift)",
        "(gehen|geht) (sie|ihr) (uns|mir) (absichtlich|bewusst|gezielt)? ?aus dem weg",
        "(absichtlich|bewusst|gezielt) (aus dem weg|ignoriert|ignorieren|meiden|gemieden)",
        "(ehrlich gesagt|ganz ehrlich|mal ehrlich|offen gesagt),? (wollen|werden|haben) (sie|ihr)~ (zahlen|bezahlen|vor)",
        "(kann|können) (ich|wir) (ihnen|euch|ihrem wort|ihren zusagen) (noch|überhaupt|wirklich) (vertrauen|glauben)",
        "(nicht mehr|kaum noch) (vertrauen|trauen)",
      ],
      say: "Wir sind sicher, dass wir das gemeinsam lösen.",
    },
    {
      match: [
        "(überhaupt|wirklich|tatsächlich|noch) (in gutem glauben|gutgläubig|ehrlich|seriös|ernsthaft|ernst gemeint|zahlungsfähig|zahlungswillig|solvent|vertrauenswürdig)",
        "(sind|ist) (sie|ihr|ihre firma|ihr unternehmen)~ (wirklich|überhaupt|tatsächlich|noch)~ (seriös|ehrlich|zahlungsfähig|solvent|ernsthaft|vertrauenswürdig)",
        "(hat|ist) (diese|die|ihre|eure) (überweisung|zahlung|transaktion)~ (wirklich|tatsächlich|überhaupt) (stattgefunden|erfolgt|existiert|rausgegangen|herausgegangen|veranlasst)",
        "gibt es (diese|die|ihre|eure|eine) (überweisung|zahlung|transaktion)~ (wirklich|tatsächlich|überhaupt)",
        "(werden|sind|bin|werde|wurden) (langsam |allmählich |zunehmend |etwas |sehr |inzwischen )?(misstrauisch|skeptisch|argwöhnisch|stutzig)",
        "(versuchen|wollen) (sie|ihr) (uns|mich)~ (hinzuhalten|hinhalten|zu betrügen|betrügen|täuschen|zu täuschen|hereinlegen|reinzulegen|reinlegen|hinters licht)",
        "(den eindruck|das gefühl),? (dass|als ob) (sie|ihr|ihre firma)~ (gar nicht|nicht|überhaupt nicht|nie|niemals) (zahlen|bezahlen|überweisen)",
        "(nicht (sehr |besonders |wirklich |ganz )?|wenig |kaum )(glaubwürdig|glaubhaft|überzeugend)",
        "(unglaubwürdig|unglaubhaft)",
        "(verlieren|verloren) (langsam |allmählich |zunehmend )?(das |unser |jedes )?vertrauen",
        "(klingt|hört sich|wirkt)~ (nach|wie) (einer |einer weiteren |einer neuen )?(ausrede|ausflucht|hinhaltetaktik|märchen)",
      ],
      say: "Wir sind sicher, dass wir das gemeinsam lösen.",
      notBefore: "(?<!\\p{L})(wenn|falls)(?!\\p{L})",
    },
    {
      match: [
        "(zweifeln|zweifle|zweifel) (an|daran)~ (ihrem|ihrer|ihren|eurem|eurer) (guten willen|willen|ehrlichkeit|seriosität|zahlungsbereitschaft|absicht|aufrichtigkeit|zahlungswillen)",
      ],
      say: "Wir sind sicher, dass wir das gemeinsam lösen.",
      notBefore: "(?<!\\p{L})(kein|keine|keinen|ohne|nicht)(?!\\p{L})",
    },
  ],
  pt: [
    {
      match: [
        "(é|está|fica) (difícil|complicado|duro) (de )?(acreditar|crer)",
        "(me|nos) custa (a )?(acreditar|crer)",
        "(de verdade|realmente|mesmo|de fato)~ (enviou|enviaram|pagou|pagaram|transferiu|transferiram|fez|fizeram)\\s?\\?",
        "(só|apenas|somente|mais) (uma|outra) (desculpa|história|conversa)",
        `${quoted("(problema|falha|erro|técnic|sistema|banco|férias|feriado|viagem|doen|auditoria|aprovação|já (pago|enviado)|semana que vem|amanhã)")}`,
      ],
      say: "poderia nos enviar os dados da transferência para localizarmos com o nosso banco?",
      notBefore: "(?<!\\p{L})(se|não|nunca)(?!\\p{L})",
    },
    {
      match: [
        "(sinceramente|honestamente|francamente|de verdade|falando sério),? (vocês|você|o senhor|a senhora)? ?(têm|tem|pretendem|pretende|vão|vai)~ (intenção de )?(pagar|nos pagar|quitar)",
        "(realmente|de fato|de verdade) (enviaram|enviou|pagaram|pagou|transferiram|transferiu|fizeram|fez|depositaram|depositou)",
        "(já )?não (acreditamos|acredito) (mais )?(que|em|nas|na|no)",
        "(nos|me) (evitando|ignorando|enrolando)~ (de propósito|propositalmente|deliberadamente|intencionalmente)",
      ],
      say: "Temos certeza de que vamos resolver isso juntos.",
    },
    {
      match: [
        "(não (parece|soa)|pouco) (muito |nada )?(crível|convincente|verossímil|confiável)",
        "(perdendo|perdemos|perder|perdido) (a )?confiança",
        "(querem|quer|estão tentando|está tentando) (ganhar tempo|nos enrolar|enrolar)",
        "(agindo|agem|age|agiram) (realmente |mesmo )?de (boa-fé|boa fé)",
        "(a transferência|o pagamento|o depósito)~ (realmente|de fato|de verdade|mesmo) (existe|existiu|foi feit[oa]|aconteceu)",
        "(parece|soa) (mais )?(uma|outra) (desculpa|história|enrolação)",
      ],
      say: "Temos certeza de que vamos resolver isso juntos.",
      notBefore: "(?<!\\p{L})(se)(?!\\p{L})",
    },
    {
      match: [
        "(duvidamos|duvido|duvidar) d[ae] (sua|vossa|boa-fé|boa fé|seriedade|honestidade|palavra)",
      ],
      say: "Temos certeza de que vamos resolver isso juntos.",
      notBefore: "(?<!\\p{L})(não|nunca|jamais|sem)(?!\\p{L})",
    },
  ],
  ru: [
    {
      match: [
        "(верится|верится с трудом|сложно поверить|трудно поверить|трудно в это поверить|не верится|слабо верится)",
        "(действительно|правда|на самом деле|точно) (отправили|оплатили|перевели|заплатили|отправлен|переведены|переведен)\\s?\\?",
        "(очередная|ещё одна|опять|снова|просто|всего лишь) (отговорка|отмазка|сказка|история|байка|оправдание)",
        `${quoted("(сбой|проблем|ошибк|технич|систем|банк|отпуск|праздник|командиров|болез|болен|аудит|согласован|уже (оплачен|отправлен)|на следующей неделе|завтра)")}`,
      ],
      say: "не могли бы вы прислать реквизиты перевода, чтобы мы отследили его в нашем банке?",
    },
    {
      match: [
        "(вы )?(действительно|правда|на самом деле|реально) (отправили|оплатили|перевели|заплатили|произвели)",
        "(уже )?не (верим|верю),? что",
        "(специально|намеренно|нарочно|умышленно) (нас|меня)? ?(избегаете|игнорируете|не отвечаете|не берёте)",
        "(честно говоря|откровенно говоря|скажите честно|если честно),? (вы )?(вообще |действительно )?(собираетесь|намерены|планируете|будете)~ (платить|оплачивать|оплатить)",
      ],
      say: "Уверены, что мы вместе решим этот вопрос.",
    },
    {
      match: [
        "(не )?(звучит|выглядит) (не )?(очень |слишком |особо )?(убедительно|правдоподобно|достоверно)",
        "(неправдоподобн*|малоубедительн*|неубедительн*|сомнительн*)",
        "(теряем|теряю|потеряли|потерял*|утратили) (всякое |последнее )?доверие",
        "(пытаетесь|хотите|стараетесь) (выиграть время|потянуть время|тянуть время|нас обмануть|нас провести)",
        "(добросовестно|честно) ли (вы|ваша компания)",
        "(похоже|звучит|выглядит) (на|как) (очередную |ещё одну |новую )?(отговорку|отмазку|сказку|оправдание)",
      ],
      say: "Уверены, что мы вместе решим этот вопрос.",
    },
    {
      match: [
        "(сомневаемся|сомневаюсь) в (вашей|вашем|ваших) (добросовестност*|честност*|порядочност*|намерени*|искренност*)",
      ],
      say: "Уверены, что мы вместе решим этот вопрос.",
      notBefore: "(?<!\\p{L})(не|нет|без)(?!\\p{L})",
    },
  ],
  ar: [
    {
      match: [
        "(صعب|يصعب|من الصعب|صعب علي|صعب علينا) (أصدق|اصدق|نصدق|التصديق|تصديق|أن أصدق|أن نصدق)",
        "(مش|لا) (مصدق|مصدقين|قادر أصدق|قادرين نصدق)",
        "(عذر|حجة|ذريعة|حكاية|قصة) (جديد|جديدة|آخر|أخرى|مختلف|مختلفة)",
        "(مجرد|كالعادة|مرة أخرى|تاني|ثاني) (عذر|حجة|ذريعة|حكاية)",
        `${quoted("(عطل|مشكلة|خلل|السيستم|النظام|البنك|المصرف|فني|تقني|إجازة|عطلة|سفر|مسافر|مريض|تدقيق|موافقة|تم الدفع|تم التحويل|الأسبوع القادم|بكرة|غدا)")}`,
      ],
      say: "هل يمكنكم إرسال تفاصيل التحويل حتى نتتبعه مع بنكنا؟",
    },
    {
      match: [
        "(فعلا|حقا) (أرسلتم|حولتم|دفعتم|سددتم|قمتم بالتحويل|قمتم بالدفع)",
        "(أرسلتم|حولتم|دفعتم|سددتم)~ (فعلا|حقا)",
        "(لم نعد|لم أعد|ما عدنا|ما عدت) (نصدق|أصدق|نثق|أثق)",
        "(تتجنبوننا|تتهربون منا|تتجاهلوننا|تتجنبون)~ (عمدا|عن قصد|قصدا|متعمدين)",
        "(بصراحة|بكل صراحة|صراحة)[،,]? (هل )?(تنوون|ستدفعون|ستسددون|تريدون)",
      ],
      say: "نحن واثقون من أننا سنجد حلا معا.",
    },
    {
      match: [
        "(غير مقنع|غير مقنعة|لا يبدو مقنعا|غير منطقي|غير قابل للتصديق|لا يصدق|مش مقنع|مش منطقي)",
        "(نفقد|فقدنا|بدأنا نفقد|نخسر|خسرنا) (الثقة|ثقتنا)",
        "(تحاولون|تريدون) (كسب الوقت|المماطلة|التسويف|خداعنا|تضييع الوقت)",
        "(بحسن نية|حسن نيتكم|حسن النية)",
        "(يبدو|يشبه|تبدو)~ (عذر|حجة|ذريعة|حكاية|قصة)",
      ],
      say: "نحن واثقون من أننا سنجد حلا معا.",
      notBefore: CONDITION_AR,
    },
    {
      match: ["(نشك|أشك|نشكك) (في|ب) (حسن نيتكم|نيتكم|نواياكم|مصداقيتكم|جديتكم)"],
      say: "نحن واثقون من أننا سنجد حلا معا.",
      notBefore: "(?<!\\p{L})[وف]?(لا|لم|لن|دون|بدون|ليس)(?!\\p{L})",
    },
  ],
};

// Round 3: general shapes. The counterfactual of intent ("if you really wanted to pay, we
// would have the slip by now"); the blunt question of intent ("will you pay or not?",
// "tell me frankly, do you intend to pay?"); "I doubt you will ever pay"; the suspicion
// that the buyer is hiding ("I hope you are not running away from us").
const ROUND3: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        "if (you|your company|your side|your team|you guys) (really|truly|genuinely|sincerely|actually|honestly|seriously) (wanted|intended|meant|planned|were (willing|planning|going|ready)|had (any |the |a )?(intention|will|desire|plan))",
        "if (you|your company|your side|your team|you guys) had (any|a|the|some)? ?(real|genuine|sincere|serious|honest|true) (intention|will|desire|plan|wish|commitment)",
        "(intention|intend|intending|intends|plan|planning|plans|going|want|wanting|wants|willing|ready) (to|of) (pay|paying|settle|settling|clear|clearing)( us| me)?~ or not",
        "(will|are|do|does|is|would) (you|your company|your side|your team|you guys)~ (pay|paying|settle|settling|clear|transfer)~ or not",
        "(i|we) (seriously |really |honestly |frankly |strongly |increasingly )?(doubt|question) (that |whether |if )?(you|your company|your side|your team|we)~ (will |would |are going to |intend to |plan to |ever )?(ever )?(pay|settle|clear|transfer|see|get|receive|intend|mean|plan)",
        "(you|your company|your side|we|i)~ (will |would |are going to |is going to )?ever (pay|settle|clear|see (our|my|the|this|that|any)|get (our|my|the|this|that|any)|receive (our|my|the|this|that|any))",
        "(hope|trust|assume|suppose) (that )?(you|your company|your side|your team)('re| are| is)? not (avoiding|hiding|running away|running from|dodging|ghosting|ignoring|trying to (avoid|hide|dodge|escape))",
      ],
      say: "We are sure we can settle this together.",
    },
  ],
  zh: [
    {
      match: [
        "(如果|要是|假如|若是|若|倘若)(你们|你|您|贵司|贵公司|贵方|你方)?(真心|真的|真正|诚心|真有诚意|有诚意|有心|真想|真打算)(想|要|打算|愿意)?(付款|付钱|支付|打款|结款|还钱|付|给钱|回款)",
        "(到底|究竟)(还)?(打不打算|想不想|要不要|准不准备|会不会|愿不愿意|肯不肯|能不能)(付|给|还|打|结)",
        "(到底|究竟)…(付不付|给不给|还不还|打不打|结不结)",
        "还(打不打算|想不想|愿不愿意|肯不肯|准不准备)(付|给|还|打|结)",
        "(怀疑|不相信|不太相信|很难相信|不敢相信)…(你们|贵司|您|你)…(会|能|打算|真的)(付|还|结|给)",
        "(希望|但愿)(你们|您|贵司|你)?(不是|没有|别|不要)(在)?(躲|躲着|回避|逃避|故意不理|玩消失)",
      ],
      say: "相信我们一定能一起解决这件事。",
    },
  ],
  es: [
    {
      match: [
        "si (de verdad|realmente|en serio|verdaderamente|sinceramente|de veras) (quisieran|quisiera|quisiesen|tuvieran|tuviera|tuviesen|pensaran|pensara|pretendieran|pretendiera|fueran|fuera|estuvieran|estuviera)",
        "si (quisieran|quisiera|tuvieran|tuviera|tuviesen|pensaran|pensara) (de verdad|realmente|en serio|verdaderamente|sinceramente|de veras)",
        "si (tuvieran|tuviera|tuviesen|tuviese) (una |alguna |la )?(verdadera |real |sincera |auténtica |seria )?(intención|voluntad|ganas) (real |sincera |verdadera )?de (pagar|pagarnos|saldar)",
        "(van a|piensan|tienen intención de|pretenden|quieren|va a|piensa|tiene intención de|pretende|quiere) (pagar|pagarnos|saldar)~ (o no|sí o no)",
        "(dudo|dudamos|no creo|no creemos|ya no creo|ya no creemos) (mucho |seriamente )?que (ustedes |usted |su empresa )?(alguna vez |algún día |realmente |de verdad )?(vayan a|vaya a|piensen|piense|pretendan|pretenda|tengan intención de|paguen|pague|salden|salde)",
        "(espero|esperamos) que no (nos )?(estén|esté)~ (evitando|esquivando|huyendo|escondiendo|ignorando|dando largas)",
        "(están|está|estén|esté) (huyendo|escondiéndose|esquivándonos|evitándonos|escapando) (de nosotros|de mí)",
      ],
      say: "Estamos seguros de que lo resolveremos juntos.",
    },
  ],
  fr: [
    {
      match: [
        "si vous (vouliez|aviez|comptiez|teniez|étiez) (vraiment|réellement|sincèrement|véritablement|sérieusement)",
        "si vous aviez (vraiment |réellement |sincèrement )?(l'intention|la volonté|envie|la moindre intention) de (payer|régler|nous payer)",
        "(allez-vous|comptez-vous|avez-vous l'intention de|vous allez|vous comptez|voulez-vous|vous voulez) (nous )?(payer|régler)~ (oui ou non|ou non|ou pas)",
        "(je doute|nous doutons|je commence à douter|nous commençons à douter) (fort |fortement |sérieusement |beaucoup )?(que vous|que votre|de votre|de vos)",
        "(payerez|paierez|réglerez|allez payer|allez régler)(-vous)?~ (un jour|jamais)",
        "(j'espère|nous espérons) que vous ne (nous )?(fuyez|évitez|ignorez|esquivez|cachez)",
        "vous (nous |me )?(fuyez|esquivez|évitez|cachez)(?! pas)",
      ],
      say: "Nous sommes certains de trouver une solution ensemble.",
    },
  ],
  de: [
    {
      match: [
        "(wenn|falls) (sie|ihr|ihre firma|ihr unternehmen)~ (wirklich|tatsächlich|ernsthaft|ehrlich|wirklich ernsthaft)~ (zahlen|bezahlen|begleichen|überweisen) (wollten|wolltet|würden|möchten)",
        "(wenn|falls) (sie|ihr) (wirklich |tatsächlich |ernsthaft |ehrlich )?(die absicht|den willen|den ernsthaften willen|die ernsthafte absicht) (hätten|hättet)",
        "(hätten|hättet) (sie|ihr) (wirklich|tatsächlich|ernsthaft)~ (zahlen|bezahlen|überweisen|begleichen) (wollen|gewollt)",
        "(werden|wollen|möchten|können|gedenken) (sie|ihr)~ (zahlen|bezahlen|überweisen|begleichen)~ oder (nicht|nie)",
        "(bezweifle|bezweifeln|zweifle|zweifeln|glaube kaum|glauben kaum|glaube nicht mehr|glauben nicht mehr|habe zweifel|haben zweifel),? (ich |wir )?(daran,? )?(dass|ob) (sie|ihr|ihre firma|ihr unternehmen)",
        "(jemals|überhaupt jemals|irgendwann noch|je) (zahlen|bezahlen|begleichen|überweisen|bekommen|sehen)",
        "(hoffe|hoffen),? (dass )?(sie|ihr)~ (uns|mir) nicht (aus dem weg gehen|ausweichen|meiden)",
        "(sie|ihr) (gehen|geht) (uns|mir) (absichtlich |bewusst |offenbar )?aus dem weg",
      ],
      say: "Wir sind sicher, dass wir das gemeinsam lösen.",
    },
  ],
  pt: [
    {
      match: [
        "se (tivessem|tivesse|quisessem|quisesse|pretendessem|pretendesse|estivessem|estivesse) (mesmo|realmente|de fato|de verdade|verdadeiramente|sinceramente)",
        "se (realmente|mesmo|de fato|de verdade|verdadeiramente) (tivessem|tivesse|quisessem|quisesse|pretendessem|pretendesse)",
        "se (tivessem|tivesse) (a |alguma |uma )?(real |verdadeira |sincera )?(intenção|vontade) (real |sincera |verdadeira )?de (pagar|nos pagar|quitar)",
        "(vão|vai|pretendem|pretende|têm intenção de|tem intenção de|querem|quer|estão a pensar) (nos )?(pagar|quitar)~ ou não",
        "(duvido|duvidamos|já não acredito|já não acreditamos|não acredito|não acreditamos) (muito |seriamente )?que (vocês |você |o senhor |a senhora |a sua empresa )?(algum dia |um dia |realmente |de fato )?(vão|vá|vai|pretendam|pretenda|paguem|pague|venham a pagar|venha a pagar|quitem|quite)",
        "(espero|esperamos) que (não|vocês não|você não|o senhor não)~ (estejam|esteja|estão|está)~ (a fugir|fugindo|a evitar|evitando|a esconder|escondendo|a ignorar|ignorando|a enrolar|enrolando)",
        "(estão|está|estejam|esteja) (a fugir|fugindo|a esconder-se|se escondendo|a evitar-nos|nos evitando) (de nós|de mim)",
      ],
      say: "Temos certeza de que vamos resolver isso juntos.",
    },
  ],
  ru: [
    {
      match: [
        "если бы (вы|ваша компания|вы действительно|вы правда)~ (действительно|правда|на самом деле|всерьёз|всерьез|реально|искренне|хоть немного)~ (хотели|собирались|намеревались|планировали|хотела|собиралась)",
        "если бы (у вас|у вашей компании)~ (было|была|имелось) (хоть какое-то |реальное |искреннее |настоящее |действительно )?(намерени*|желани*) (заплатить|оплатить|платить|рассчитаться)",
        "(будете|собираетесь|планируете|намерены|хотите) (ли )?(вы )?(платить|оплачивать|оплатить|заплатить|рассчитываться)~ или нет",
        "(сомневаюсь|сомневаемся|не верю|не верим|уже не верю|уже не верим|всё меньше верю),? (что|в то, что|в то что) (вы|ваша компания)~ (заплатите|оплатите|рассчитаетесь|погасите|собираетесь|намерены|вообще)",
        "(когда-нибудь|вообще когда-нибудь) (заплатите|оплатите|рассчитаетесь|погасите)",
        "(надеюсь|надеемся),? (что )?(вы )?не (скрываетесь|прячетесь|избегаете|бегаете)",
        "(вы )?(скрываетесь|прячетесь|бегаете) от (нас|меня)",
      ],
      say: "Уверены, что мы вместе решим этот вопрос.",
    },
  ],
  ar: [
    {
      match: [
        "(لو|إذا|اذا) (كانت|كان) (لديكم|عندكم|لكم|لدى شركتكم) (أي |اي )?(نية|رغبة|إرادة|النية|الرغبة) (صادقة|حقيقية|جادة|فعلية|فعلا|حقا)",
        "(لو|إذا|اذا) (كنتم|كنت) (فعلا|حقا|جادين|صادقين|بالفعل|فعلًا|حقًا)~ (تريدون|تنوون|ترغبون|تودون|ناويين)",
        "(ناويين|ناوين|تنوون|نويتم|عازمين|بدكم|تبغون|تبون|حابين|ستدفعون|ستسددون|هتدفعوا|حتدفعوا)…(ولا لأ|ولا لا|أم لا|ام لا|او لا|أو لا|ولا ايه|ولا إيه|ولا شو|ولا لاء)",
        "(تدفعوا|تدفعون|تسددوا|تسددون|تحولوا|تحولون)…(ولا لأ|ولا لا|أم لا|ام لا|او لا|أو لا|ولا ايه|ولا إيه|ولا شو|ولا لاء)",
        "(أشك|نشك|لا أعتقد|لا نعتقد|لم أعد أصدق|لم نعد نصدق|لم أعد أثق|لم نعد نثق)~ (أنكم|أن شركتكم|بأنكم|انكم|في أنكم)~ (ستدفعون|ستسددون|تنوون|ستحولون|ستلتزمون|ستفون)",
        "(أتمنى|نتمنى|نأمل|آمل|أرجو)~ (ألا|ان لا|أن لا|الا) (تكونوا|تكون)~ (تتهربون|تتهربوا|تختبئون|تتجنبوننا|متهربين)",
      ],
      say: "نحن واثقون من أننا سنجد حلا معا.",
    },
  ],
};

export const doubt: PatternFamily = {
  kind: "patterns",
  category: "doubt",
  rules: {
    en: [
      {
        match: [
          "if (you|your company) (are|is|were|'re) not (really |truly )?(serious|interested|genuine|honest|sincere|committed)",
          "(are|is) (you|your company) (even |really |actually |truly |at all )?(serious|genuine|honest|for real)( about (this|paying|the payment|our business|this order|the order))? ?\\?",
          "(are|is) (you|your company) (even |really |actually |truly )(serious|genuine|honest)",
          "whether (you are|you're|your company is) (really |even |actually )?(serious|genuine|honest)",
          "(not|isn't|is not|aren't|are not) (a )?(serious|genuine|honest|reliable|trustworthy|real) (buyer|customer|company|partner|business|client)",
          "(are|is) (you|your company|this) (even |really |actually )?(a )?(real|genuine|legitimate|legit|serious) (company|buyer|business|customer|importer|client)",
        ],
        say: "We are sure we can settle this together.",
      },
      {
        match: [
          "(doubt|question|questioning|doubting|doubts about|concerns about|suspicious of)~ (your|the) (seriousness|sincerity|honesty|credibility|reliability|good faith|intentions|intention|willingness|ability to pay)",
          "(i|we) (doubt|question) (whether |if |that )?(you|your company)",
        ],
        say: "We are sure we can settle this together.",
        notBefore: "(?<!\\p{L})(no|not|never|without|don't|didn't|none|little)(?!\\p{L})",
      },
      {
        match: [
          "(you|your company) (are|is|'re) (obviously |clearly |simply |just )?not (serious|genuine|honest|sincere)",
        ],
        say: "We are sure we can settle this together.",
        notBefore: "(?<!\\p{L})(if|unless|whether|in case)(?!\\p{L})",
      },
      {
        match: [
          "(don't|do not|stop|quit|please stop) (wasting|waste) (our|my) time",
          "(a|this is a|it's a|it is a|such a) waste of (our|my) time",
          "(wasted|wasting|waste) (our|my) (time|efforts?)",
        ],
        say: "We would appreciate a short update so we can plan.",
      },
      {
        match: [
          "(are|is) (you|your company) (really|actually|even|ever|still|truly) (going|planning|intending|willing|able) to pay",
          "(do|does|will) (you|your company) (really|actually|even|ever|truly) (intend|plan|want|mean|going|have any intention) to pay",
          "(do|does) (you|your company) (intend|plan|want|mean) to pay (us )?(at all|ever|or not)",
          "(going|planning|intending|willing) to pay( us)?( this| the (invoice|balance|amount))?,? or not",
          "(do|does) (you|your company) (intend|plan|want|mean) to pay ?\\?",
          "(do|does) (you|your company) (have|has) (any|the|even the) intention (of paying|to pay)",
          "(you|your company) (have|has) no (intention|plans?) (to pay|of paying)",
          "(will|shall) (we|i) ever (see|get|receive) (our|my|the|this) (money|payment)",
          "(if|whether) you (ever |really )?(intend|plan|want|are going) to pay (us )?(at all|ever|or not)",
          "(if|whether) you (ever |really )(intend|plan|want|are going) to pay",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        match: [
          "(i|we) (can't|cannot|can no longer|no longer|don't|do not|find it hard to|struggle to) (trust|believe) (you|your (words|promises|company|team))",
          "(i'm|i am|we're|we are) (starting|beginning) to (doubt|wonder|question|think that you)",
          "(are|is) (you|your company) (trying|attempting) to (cheat|trick|fool|scam|deceive|avoid paying|escape)",
          "(cheat|cheating|cheated|scam|scamming|scammed|fool|fooling|fooled|trick|tricking|tricked|deceive|deceiving|deceived|defraud|defrauding|defrauded) (us|me)",
          "(you|your company) (are|is|were|seem to be|look like|looks like)~ (a )?(scam|fraud|scammer|cheat|cheater|liar|swindler|dishonest|not trustworthy|untrustworthy)",
          "(do you|you) (think|take) (we are|we're|us for|us as) (fools|stupid|idiots|naive)",
        ],
        say: "We are sure we can settle this together.",
      },
      {
        match: [
          "(do|does) (you|your company) (even|really|actually) (have|has) (enough |the )?(money|funds)",
          "can (you|your company) (even|actually|really) (afford|pay)",
          "(if|whether) (you|your company) (can|are able to|is able to) (even )?afford",
          "(is|are) (your company|you) (still )?(in business|solvent|bankrupt|going bankrupt|going under)",
        ],
        say: "if anything makes the payment difficult right now, we are happy to talk about it",
      },
      {
        match: [
          "(hope|trust|assume|sure) (that )?(you|your company|your team|your side) (are|is|'re) not (deliberately |intentionally |purposely |just )?(avoiding|dodging|hiding from|running away from|ignoring|stalling|trying to avoid|trying to escape) (us|me|our|this|my|the|paying|payment)",
          "(are|is) (you|your company|your team) (deliberately |intentionally |purposely |just )?(avoiding|dodging|hiding from|running away from) (us|me|our|this|paying|payment)",
          "(is|was) (this|that|it) (just |yet |simply |only |now )?(another|one more|a new|again an?|again just an?|also an?) (excuse|story|trick|delaying tactic|stalling tactic|lie)",
          "(yet )?another (excuse|story) ?\\?",
          "(i|we) (really |honestly |simply |just |frankly )?(don't|do not|can't|cannot|can hardly|find it (hard|difficult) to|struggle to|no longer) (believe|buy) (that )?(the |your |this |that |such a )?(payment|transfer|money|remittance|wire|swift|funds|story|explanation|excuse|claim|bank (problem|issue))",
          "(i|we) (really |honestly |simply |just |frankly )?(don't|do not|can't|cannot|can hardly|no longer) (believe|trust) (you|your (words|promises|explanation|story|excuses|bank))",
          "(hard|difficult) to believe (that )?(the|your|you|this|such)",
          "(we are|we're|i am|i'm|we have become|we became) (a bit |rather |quite |very |somewhat |now |getting |becoming |increasingly |a little )?(doubtful|sceptical|skeptical|suspicious)",
          "(our|my) (doubts|suspicions?|scepticism|skepticism|mistrust|distrust)",
          "(i|we) (have|had) (my|our|serious|some|strong) doubts",
        ],
        say: "We are sure we can settle this together.",
      },
      {
        match: [
          "(if|whether) (you|your company|your side) (really |actually |even |still )?(have|has) (any|the|even the|the slightest|the least|any real) intention (to|of) (pay|paying|settle|settling)",
          "(frankly|honestly|openly|directly|straight|once and for all),? (if|whether) (you|your company) (will|are going to|is going to|intend to|plan to|want to|are willing to|really) (ever )?(pay|settle)",
          "(transfer|payment|remittance|wire|swift|money|funds|slip)~ (really|actually|truly|even) (exists?|existed|happened|took place)",
          "(whether|if|that) (this|the|your|such a) (transfer|payment|remittance|wire) (was|has been|had been) (really|actually|truly|even) (sent|made|done|issued|released)",
          "(does|did) (this|the|your|such a) (transfer|payment|remittance|wire) (really|actually|even) (exist|happen)",
          '["“](system|technical|bank|banking|it|computer|network) (problem|issue|error|glitch|failure|problems|issues)["”]',
        ],
        say: "could you share the transfer details so we can trace it with our bank?",
      },
      {
        match: [
          "(believe|trust) (you|your (words|promises|explanations?|story|excuses|company|team))~ (anymore|any more|any longer)",
          "(not sure|unsure) (if |whether |that )?(i|we) (can|could) (still )?(believe|trust) (you|your)",
          "(we|i) (begin|start|started|began|are beginning|am beginning) to (ask (ourselves|myself)|wonder|question|doubt|have doubts)",
          "(if|whether) (you|your company|your side|your team) (is|are|'re) (still |really |even |actually |truly )?(serious|genuine|honest|committed)",
        ],
        say: "We are sure we can settle this together.",
      },
      ...MORE.en,
      ...ROUND3.en,
    ],
    zh: [
      {
        match: [
          "如果(你们|你|您|贵司|贵方)?(没有|没|不是|并非|并不|没那么)(诚意|真心|认真|诚心|真的想|真的要)",
          "(有没有|是否有|到底有没有|还有没有|究竟有没有|毫无|没有|缺乏|根本没有)(合作的?)?(诚意|诚信|付款的?(意愿|诚意|打算)|付款能力)",
          "(你们|你|您|贵司|贵方)(是不是|是否|到底是不是)(真的|真心)?(想|要|打算|有诚意)(合作|付款|付钱)",
          "(是不是|是否|难道)(根本|压根)?(不打算|不想|没打算|不准备|没想)(付|付款|支付|还钱|还款)",
          "(不是|并非)(一个)?(正规|靠谱|诚信|有信誉|认真)的(客户|公司|买家)",
        ],
        say: "相信我们一定能一起解决这件事。",
      },
      {
        match: [
          "(别|不要|请不要|请别|不想)(再)?浪费(我|我们|大家|彼此)的?时间",
          "浪费(我|我们)的?时间",
          "(纯属|简直是)浪费时间",
        ],
        say: "希望能收到简短的进展，方便我们安排。",
      },
      {
        match: [
          "(你们|你|您|贵司|贵方)?(真的|到底|究竟|是不是真的)(会|打算|准备|想|要)(付|付款|支付|打款|还钱|还款)(吗|么|\\?|？)?",
          "(到底|究竟)(还)?(付不付|要不要付|打不打算付|还不还)",
          "(还会不会|到底会不会|究竟会不会)(付|付款|支付|还钱)",
          "(不打算|不准备|没打算)(付款|支付|还钱|还款)",
        ],
        say: "方便告知预计的付款时间吗？",
      },
      {
        match: [
          "(怀疑|质疑)(你们|你|您|贵司|贵方)",
          "(不能|无法|没法|不再|很难|难以)(再)?(相信|信任)(你们|你|您|贵司|贵方)",
          "(你们|你|您|贵司|贵方)…(是不是|是否|就是)(骗子|在骗|想骗|要骗)",
          "(想赖账|赖账|耍赖|忽悠我们|骗我们)",
          "(当|把)(我们|我)(是|当)?(傻子|傻瓜|白痴)",
        ],
        say: "相信我们一定能一起解决这件事。",
      },
      {
        match: [
          "(你们|你|您|贵司|贵方)…(有没有钱|没钱|付不起|是不是没钱|是否有钱)",
          "(快要|是不是要|是否要|是不是|是否已经|要)(倒闭|破产)",
        ],
        say: "如果付款上有什么困难，我们很愿意一起商量。",
      },
      {
        match: [
          "(不是|没有|并非)(在)?(故意|有意|刻意)?(躲|躲着|回避|避开|逃避|躲避)(我们|我)",
          "(是不是|是否|难道|莫非|该不会)(在)?(故意|有意|刻意)?(躲|躲着|回避|避开|逃避|躲避)(我们|我)",
          "(是不是|是否|难道|莫非|该不会|难道又)(又是|又)?(一个|另一个|新的)?(借口|托词|推脱|托辞|说辞)",
          "(又一个|又是一个|另一个)(新的)?(借口|托词|托辞|说辞)",
          "(不太|不|很难|难以|无法|没法|不敢|实在难以)(相信)(款项|货款|付款|汇款|钱|你们|您|贵司|贵方|这笔|这个说法|这种说法|你们的说法)",
          "(我们|我)的(怀疑|疑虑)",
          "(理解|明白)(我们|我)(的)?(怀疑|疑虑|不信任|担心)",
          "(汇款|款项|付款|转账|水单|货款|钱|汇款记录)…(是否|是不是|到底有没有)(真的|真|确实)(存在|汇出|汇了|付了|已汇出|发出|有)",
          '[“"「『](系统故障|系统问题|技术问题|银行问题|网络问题|技术故障|银行故障|已汇出|已付款|已经付款|已经汇出|已安排付款)[”"」』]',
        ],
        say: "相信我们一定能一起解决这件事。",
      },
      {
        match: [
          "对(你们|你|您们|您|贵司|贵公司|贵方|你方|你司)的(诚意|诚信|付款意愿|信用|还款能力|付款能力|说法|承诺)…(怀疑|疑虑|质疑|打问号|不放心)",
          "(还)?(付不付|打不打款|还不还钱|还不还款)(?!得)",
          "(老实|坦白|实话|直接|明确)(地)?(告诉|说|讲)(我|我们)…(是否|会不会|还付|付不付|打算|还有没有|到底)",
        ],
        say: "相信我们一定能一起解决这件事。",
      },
      ...MORE.zh,
      ...ROUND3.zh,
    ],
    es: [
      {
        match: [
          "si (usted |ustedes )?no (es|son|está|están|va|van) (en serio|seri[oa]s?|interesad[oa]s?|realmente interesad[oa]s?)",
          "si no (es|son) (un cliente|una empresa|un comprador) seri[oa]",
          "¿? ?(es|son|está|están|habla|hablan) (usted |ustedes )?(en serio|seri[oa]s?) ?\\?",
          "(no|nada) (es|son) (un cliente|una empresa|un comprador|un socio) (seri[oa]|confiable|fiable|honest[oa])",
        ],
        say: "Estamos seguros de que lo resolveremos juntos.",
      },
      {
        match: [
          "(dud(o|amos|ar)|poner en duda|cuestionar|cuestionamos)~ (su|la) (seriedad|honestidad|voluntad de pago|intención de pagar|capacidad de pago|buena fe|credibilidad)",
        ],
        say: "Estamos seguros de que lo resolveremos juntos.",
        notBefore: "(?<!\\p{L})(no|nunca|jamás|sin|ninguna)(?!\\p{L})",
      },
      {
        match: [
          "(no|deje de|dejen de|dejar de) (nos |me )?(haga|hagan|hacer|hacernos|hacerme) perder (más )?(el|nuestro|mi) tiempo",
          "(nos|me) (está|están|hace|hacen|haga|hagan|hacer) perder (el |nuestro |mi )?tiempo",
          "(no )?(pierdan|pierda|desperdicien|desperdicie) (más )?(nuestro|mi) tiempo",
          "(una )?pérdida de (nuestro |mi )?tiempo",
        ],
        say: "Le agradeceríamos una breve actualización para poder planificar.",
      },
      {
        match: [
          "(realmente|de verdad|en serio|alguna vez) (va|van|piensa|piensan|tiene|tienen|pretende|pretenden) (a |intención de |pensado )?(pagar|pagarnos)",
          "(va|van|piensa|piensan|pretende|pretenden) (realmente |de verdad |en serio )(a )?(pagar|pagarnos)",
          "(tiene|tienen) (alguna |la más mínima )intención de (pagar|pagarnos)",
          "no (tiene|tienen|tienes) (ninguna |la )?intención de (pagar|pagarnos)",
          "(va|van|piensa|piensan) (a )?(pagar|pagarnos) (algún día|alguna vez|o no)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },
      {
        match: [
          "(dudo|dudamos) (de )?que (usted|ustedes|su empresa)",
          "(dudo|dudamos) (de )?que (tengan?|vayan? a|piensen?|puedan?|quieran?) (la )?(intención de )?(pagar|pagarnos)",
          "(empiezo|empezamos|comienzo|comenzamos) a dudar",
          "(ya )?no (podemos|puedo) (confiar|creer) en (usted|ustedes|sus (palabras|promesas)|su empresa)",
          "(nos|me) (quiere|quieren|está|están|intenta|intentan|trata|tratan)~ (engañar|estafar|tomar el pelo|timar)",
          "(usted|ustedes|su empresa) (es|son) (un |una |unos )?(estafador|estafadores|estafa|tramposo|tramposos|mentiroso|mentirosos)",
          "(nos|me) (toma|toman) por (tontos|idiotas|estúpidos)",
        ],
        say: "Estamos seguros de que lo resolveremos juntos.",
        notBefore: "(?<!\\p{L})(no|nunca|jamás|sin)(?!\\p{L})",
      },
      {
        match: [
          "(tiene|tienen) (siquiera |realmente )(el dinero|fondos|los fondos)",
          "(puede|pueden) (siquiera|realmente) (pagar|permitirse)",
          "(está|están) (en quiebra|arruinad[oa]s?)",
        ],
        say: "si algo dificulta el pago en este momento, con gusto lo hablamos",
      },
      {
        match: [
          "(espero|ojalá|confío en) que no (nos|me) (esté|estén|estés) (evitando|esquivando|ignorando|rehuyendo|dando largas)",
          "(nos|me) (está|están|estás) (evitando|esquivando|rehuyendo)",
          "(es|será|sería) (esta|esto|eso|ésta|ésa|esa)~ (otra|una nueva|otra vez una|de nuevo una|nuevamente una) (excusa|historia|mentira)",
          "otra excusa ?\\?",
          "(no (me |nos )?(creo|creemos|puedo creer|podemos creer)|(me|nos) cuesta (creer|creerme|creernos)|es difícil de creer) (que )?(la transferencia|el pago|el dinero|el giro|la remesa|el swift|su|sus|usted|ustedes|eso|lo que (me|nos) (dice|dicen|dijo|dijeron))",
          "(entiend*|comprend*|entender*|comprender*) (nuestras|mis) (dudas|sospechas|reservas|recelos)",
          "(nuestra|mi) desconfianza",
          "(estoy|estamos) (un poco |algo |bastante |muy )?(escéptic[oa]s?|desconfiad[oa]s?|recelos[oa]s?)",
          "(empiezo|empezamos|comienzo|comenzamos) a (preguntarme|preguntarnos|dudar|cuestionarnos|desconfiar)",
          "si (usted |ustedes |su empresa |su compañía |su equipo )?(realmente |de verdad |todavía |aún |sigue |siguen )?(se toma|se toman|toma|toman|tomándose|tomando|se está tomando|se están tomando)~ (en serio|con seriedad)",
        ],
        say: "Estamos seguros de que lo resolveremos juntos.",
      },
      {
        match: [
          "si (realmente |de verdad |aún |todavía )?(tiene|tienen|tienes) (alguna |la menor |la más mínima |realmente |de verdad )?intención de (pagar|pagarnos|abonar|saldar|liquidar)",
          "(transferencia|pago|giro|remesa|swift|dinero)~ (existe|exista|existía|existió) (de verdad|realmente|de veras|en realidad)",
          "(realmente|de verdad|de veras) (existe|exista|se (hizo|realizó|envió|emitió))",
          '["“«](problema|fallo|error) (informático|técnico|del sistema|de sistema|bancario|del banco)["”»]',
        ],
        say: "¿podría enviarnos los datos de la transferencia para localizarla con nuestro banco?",
      },
      {
        match: [
          "(es|será|sería) (otra|una nueva) (excusa|historia|mentira)",
          "otra excusa más ?\\?",
          "dudas (sobre|de|acerca de|respecto a|en cuanto a) (su|la|vuestra) (seriedad|honestidad|intención|voluntad de pago|capacidad de pago|buena fe|solvencia|credibilidad)",
        ],
        say: "Estamos seguros de que lo resolveremos juntos.",
        notBefore: "(?<!\\p{L})(no|nunca|jamás|sin|ninguna)(?!\\p{L})",
      },
      ...MORE.es,
      ...ROUND3.es,
    ],
    fr: [
      {
        match: [
          "si vous n'(êtes|étiez) pas (vraiment |réellement )?(sérieux|sérieuse|sérieuses|intéressés|intéressé|intéressée|de bonne foi)",
          "(êtes-vous|êtes vous|vous êtes) (vraiment |seulement |réellement )?(sérieux|sérieuse|de bonne foi) ?\\?",
          "(pas|peu) (sérieux|fiable|digne de confiance) (comme (client|partenaire|entreprise))",
        ],
        say: "Nous sommes certains de trouver une solution ensemble.",
      },
      {
        match: [
          "(douter|doutons|doute|mettre en doute|remettre en cause|remettons en cause)~ (de )?(votre|vos) (sérieux|bonne foi|honnêteté|intentions|intention|capacité de paiement|volonté de payer|crédibilité)",
        ],
        say: "Nous sommes certains de trouver une solution ensemble.",
        notBefore: "(?<!\\p{L})(ne|n'|pas|jamais|sans|aucun|aucune)(?!\\p{L})",
      },
      {
        match: [
          "(ne|n'|arrêtez de|cessez de) ?(nous |me )?(faites |faire |fais )?(pas )?perdre (notre|mon|le) temps",
          "(une )?perte de (notre |mon )?temps",
          "(nous|me) faire perdre (notre|mon)? ?temps",
          "(ne )?(perdez|gaspillez) (pas )?(notre|mon) temps",
        ],
        say: "Nous vous serions reconnaissants d'un petit point pour pouvoir nous organiser.",
      },
      {
        match: [
          "(allez|comptez)-vous (vraiment|réellement|un jour|seulement|jamais) (nous )?(payer|régler)",
          "(avez-vous|avez vous) (vraiment |réellement |seulement )?l'intention de (nous )?(payer|régler)( un jour)? ?\\?",
          "(avez-vous|avez vous) (vraiment|réellement|seulement) l'intention de (nous )?(payer|régler)",
          "(allez-vous|comptez-vous) (nous )?(payer|régler) (un jour|oui ou non|ou non)",
          "(vous )?n'(avez|avez aucune) (pas )?(l'|aucune )?intention de (nous )?(payer|régler)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: [
          "(je doute|nous doutons|je commence à douter|nous commençons à douter) (de vous|de votre|que vous|que votre)",
          "(nous ne pouvons|je ne peux) plus (vous faire confiance|vous croire|croire vos)",
          "(vous essayez|essayez-vous|cherchez-vous|vous cherchez) (de |à )(nous |me )?(tromper|arnaquer|escroquer|rouler|duper)",
          "(vous nous prenez|vous me prenez) pour des? (idiots|imbéciles|naïfs|idiot|imbécile)",
        ],
        say: "Nous sommes certains de trouver une solution ensemble.",
      },
      {
        match: [
          "(avez-vous|avez vous) (seulement |vraiment )?les (moyens|fonds) de (payer|régler)",
          "(êtes-vous|êtes vous) (en faillite|solvable|insolvable)",
        ],
        say: "si quelque chose rend le paiement difficile en ce moment, parlons-en volontiers",
      },
      {
        match: [
          "(cherchez|essayez|cherchiez|essayiez)~ (à|de) (nous |m')?(éviter|fuir|esquiver)",
          "vous (nous|m') ?(évitez|fuyez|esquivez)",
          "(s'agit-il|s'agit il|est-ce|c'est) (encore |à nouveau |de nouveau |une fois de plus )?(d'une |une |d'un |un )?(autre |nouvelle |énième |nouveau )?(excuse|prétexte|histoire)",
          "(encore une|une nouvelle|une autre) (excuse|histoire) ?\\?",
          "(j'ai|nous avons|on a) (du mal|de la peine|beaucoup de mal|un peu de mal) à (croire|le croire|vous croire)",
          "(je ne crois|nous ne croyons|je n'arrive pas à croire|je ne peux pas croire|nous ne pouvons pas croire|je ne peux croire) (pas |plus |guère )?(que |à )?(le virement|le paiement|le règlement|le transfert|l'argent|les fonds|votre|vos|cette histoire|cette excuse)",
          "(nos|mes) (doutes|soupçons|suspicions)",
          "(je suis|nous sommes) (un peu |assez |très |de plus en plus )?(sceptiques?|méfiants?|méfiantes?|dubitatifs?|dubitatives?)",
          "(j'ai|nous avons|on a) (des|quelques|de sérieux|de gros|de sérieuses) (doutes|soupçons)",
          "(je commence|nous commençons|on commence) à (me|nous|se) (demander|poser des questions)",
          "(est|êtes|soit|soyez|étiez|était) (encore |toujours |vraiment |réellement |bien )?de bonne foi",
        ],
        say: "Nous sommes certains de trouver une solution ensemble.",
      },
      {
        match: [
          "(franchement|honnêtement|sincèrement|ouvertement|clairement|une bonne fois pour toutes),? si vous (comptez|avez l'intention de|allez|voulez) (vraiment |réellement |un jour |encore )?(nous )?(payer|régler)",
          "si vous (avez|aviez) (vraiment |réellement |encore |toujours )?(l'|la moindre |une quelconque |encore l')intention de (nous )?(payer|régler)",
          "(virement|paiement|transfert|versement|transaction)~ (existe (bien|vraiment|réellement)|(a|ait) (vraiment|réellement) (été|eu lieu))",
          '["“«] ?(problème|souci|bug|incident|panne) (technique|informatique|bancaire|de système|du système|système) ?["”»]',
        ],
        say: "pourriez-vous nous transmettre les références du virement afin que notre banque puisse le retrouver ?",
      },
      ...MORE.fr,
      ...ROUND3.fr,
    ],
    de: [
      {
        match: [
          "wenn (sie|ihr) (es )?nicht ernst (meinen|meint|gemeint)",
          "(meinen sie|meint ihr|ist es ihnen) (es )?(überhaupt |wirklich |eigentlich )?ernst",
          "wenn (sie|ihr) kein (ernsthaftes |echtes )?interesse",
          "(kein|nicht|keinen) (seriöser|seriösen|ernsthafter|ernsthaften|zuverlässiger|zuverlässigen) (kunde|kunden|partner|geschäftspartner|käufer)",
          "(zweifle|zweifeln|bezweifle|bezweifeln) (an )?(ihrer|ihren|ihre|der) (seriosität|ernsthaftigkeit|zahlungsbereitschaft|zahlungsfähigkeit|ehrlichkeit|aufrichtigkeit|absicht|absichten|glaubwürdigkeit)",
        ],
        say: "Wir sind sicher, dass wir das gemeinsam lösen.",
      },
      {
        match: [
          "(verschwenden|vergeuden|stehlen) sie (nicht )?(unsere|meine) zeit",
          "(unsere|meine) zeit (verschwenden|vergeuden|stehlen)",
          "zeitverschwendung",
        ],
        say: "Wir würden uns über eine kurze Rückmeldung freuen, damit wir planen können.",
      },
      {
        match: [
          "(wollen|werden|möchten|beabsichtigen|planen) (sie|ihr) (überhaupt|wirklich|jemals|eigentlich|tatsächlich|irgendwann)~ (zahlen|bezahlen|überweisen|begleichen)",
          "(haben sie|habt ihr) (überhaupt|wirklich|tatsächlich) (die absicht|vor),? (zu )?(zahlen|bezahlen|überweisen)",
          "(ob|wann) (sie|ihr) (überhaupt|jemals) (zahlen|bezahlen|überweisen)",
          "(sie|ihr) (haben|habt) (gar )?(nicht|keine) (vor|absicht),? (zu )?(zahlen|bezahlen|überweisen)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(ich|wir) (zweifle|zweifeln|bezweifle|bezweifeln) (sehr |stark |langsam |inzwischen )?(daran,? )?(dass sie|ob sie|an ihnen)",
          "(beginne|beginnen|fange|fangen) (ich |wir )?an,? (zu zweifeln|an ihnen zu zweifeln)",
          "(können|kann) (ihnen|euch) (nicht mehr|kaum noch|nicht länger) (vertrauen|glauben)",
          "(wollen|versuchen) (sie|ihr) (uns|mich)~ (betrügen|täuschen|hinhalten|reinlegen|für dumm verkaufen|hereinlegen)",
          "(halten|haltet) (sie|ihr) (uns|mich) (hin|zum narren|für dumm)",
        ],
        say: "Wir sind sicher, dass wir das gemeinsam lösen.",
      },
      {
        match: [
          "(können|könnt) (sie|ihr) (sich das )?(überhaupt|eigentlich) (zahlen|leisten|bezahlen)",
          "(haben sie|habt ihr) (überhaupt )?(das geld|genug geld|die mittel)",
          "(sind sie|ist ihre firma|ist ihr unternehmen) (etwa )?(pleite|insolvent|zahlungsunfähig)",
        ],
        say: "falls die Zahlung im Moment schwierig ist, sprechen wir gerne darüber",
      },
      {
        match: [
          "(uns|mir|mich)~ (absichtlich |bewusst |gezielt |wohl |etwa )?aus dem weg",
          "(weichen|meiden) (sie|ihr) (uns|mir|mich)",
          "(sie|ihr) (weichen|meiden|ignorieren) (uns|mir|mich) (doch |hoffentlich |wohl )?(nicht )?(absichtlich|bewusst|etwa)",
          "(ist|war) (das|dies|es) (etwa |schon |jetzt |nun )?(wieder |erneut |schon wieder |wieder einmal |mal wieder )?(nur |bloß )?(eine |die nächste )?(neue |weitere |andere |nächste )?(ausrede|ausflucht|vorwand|hinhaltetaktik|verzögerungstaktik)",
          "(glaube|glauben) (ich |wir )?(ihnen|euch|dir) (nicht|kaum|kein wort|nicht mehr)",
          "(ich|wir) (glaube|glauben) (ihnen|euch|dir) (nicht|kaum|kein wort|nicht mehr)",
          "(fällt|fiel) (es )?(mir|uns) (schwer|nicht leicht),? (zu glauben|das zu glauben|ihnen zu glauben|dass)",
          "(kann|können) (ich|wir) (ihnen|euch|das) (kaum|nicht|schwer|nur schwer) glauben",
          "(unsere|meine) (zweifel|skepsis|misstrauen|bedenken an ihrer)",
          "(wir sind|ich bin) (etwas |sehr |zunehmend |langsam |inzwischen |mittlerweile |ziemlich )?(skeptisch|misstrauisch)",
          "(ich habe|wir haben) (da |so |gewisse |unsere |meine |starke |große |erhebliche |ernsthafte )(zweifel)",
          "(fragen|frage) (uns|mich) (langsam|allmählich|inzwischen|mittlerweile|ernsthaft|wirklich|schon)",
          "(noch |überhaupt |wirklich )?ernsthaft (interessiert|gewillt|bereit)",
        ],
        say: "Wir sind sicher, dass wir das gemeinsam lösen.",
      },
      {
        match: [
          "(wollen|werden|möchten|beabsichtigen|planen|gedenken) (sie|ihr)~ (überhaupt|wirklich|jemals|tatsächlich|irgendwann|ernsthaft) (zahlen|bezahlen|überweisen|begleichen)",
          "(ob|dass) (sie|ihr|ihre firma|ihr unternehmen) (überhaupt|jemals|wirklich|tatsächlich|ernsthaft)~ (vorhaben|vorhabt|beabsichtigen|planen|gedenken|bereit sind|willens sind|die absicht haben|vor haben)~ (zu )?(zahlen|bezahlen|begleichen|überweisen)",
          "(haben|hat) (sie|ihr|ihre firma|ihr unternehmen) (überhaupt|wirklich|tatsächlich|ernsthaft) (vor|die absicht)",
          "(überweisung|zahlung|transaktion|swift|geld)~ (wirklich|tatsächlich|überhaupt) (gibt|existiert|erfolgt ist|getätigt wurde|stattgefunden hat|rausgegangen ist|herausgegangen ist)",
          "ob es (die|diese|eine|ihre) (überweisung|zahlung|transaktion) (wirklich|tatsächlich|überhaupt) gibt",
          '["“„»«‚‘](system|technik|bank|it|netzwerk)*(problem|fehler|störung|panne)["”“«»‘’]',
        ],
        say: "könnten Sie uns die Überweisungsdaten senden, damit wir sie mit unserer Bank nachverfolgen können?",
      },
      {
        match: [
          "zweifel an (ihrer|ihren|ihrem|der|eurer) (seriosität|ernsthaftigkeit|zahlungsbereitschaft|zahlungsfähigkeit|ehrlichkeit|aufrichtigkeit|absicht|absichten|glaubwürdigkeit|zahlungswilligkeit|zuverlässigkeit)",
          "(ehrlich|offen|ganz offen|direkt|klipp und klar|ein für alle mal)~,? ob (sie|ihr|ihre firma) (überhaupt |jemals |wirklich |noch )?(zahlen|bezahlen|überweisen|begleichen)",
        ],
        say: "Wir sind sicher, dass wir das gemeinsam lösen.",
        notBefore: "(?<!\\p{L})(kein|keine|keinen|ohne|nicht)(?!\\p{L})",
      },
      ...MORE.de,
      ...ROUND3.de,
    ],
    pt: [
      {
        match: [
          "se (você |vocês |a empresa |sua empresa )?não (está|estão|for|forem|é|são) (séri[oa]s?|interessad[oa]s?|comprometid[oa]s?|falando sério|realmente interessad[oa]s?)",
          "(está|estão|é|são) (mesmo |realmente )?(falando sério|séri[oa]s?) ?\\?",
          "(não|nada) (é|são) (um cliente|uma empresa|um comprador|um parceiro) (séri[oa]|confiável|honest[oa])",
        ],
        say: "Temos certeza de que vamos resolver isso juntos.",
      },
      {
        match: [
          "(duvid(o|amos|ar)|questionar|questionamos|colocar em dúvida)~ (a |sua )?(seriedade|honestidade|boa-fé|boa fé|intenção de pagar|capacidade de pagamento|credibilidade)",
        ],
        say: "Temos certeza de que vamos resolver isso juntos.",
        notBefore: "(?<!\\p{L})(não|nunca|jamais|sem|nenhuma)(?!\\p{L})",
      },
      {
        match: [
          "(não )?(perca|percam|perder|desperdiçar|desperdice|desperdicem) (o )?(nosso|meu) tempo",
          "(nos|me) (fazer|fazendo|faz|fazem|faça|façam) perder (o )?(nosso |meu )?tempo",
          "(uma )?perda de tempo",
        ],
        say: "Agradeceríamos uma breve atualização para podermos nos planejar.",
      },
      {
        match: [
          "(realmente|mesmo|de fato|algum dia) (vai|vão|pretende|pretendem|tem intenção de|têm intenção de) (nos )?(pagar|quitar)",
          "(vai|vão|pretende|pretendem) (mesmo |realmente |de fato )(nos )?(pagar|quitar)",
          "(pretende|pretendem|vai|vão) (nos )?(pagar|quitar) (algum dia|um dia|ou não)",
          "(tem|têm) (alguma |a menor )intenção de (nos )?(pagar|quitar)",
          "não (tem|têm|tens) (nenhuma |a )?intenção de (nos )?(pagar|quitar)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: [
          "(duvido|duvidamos|começo a duvidar|começamos a duvidar|desconfio|desconfiamos)~ (que (você|vocês|sua empresa)|da (sua )?(seriedade|boa-fé|intenção)|de (você|vocês))",
          "(não|já não) (posso|podemos) (mais )?(confiar|acreditar) (em (você|vocês)|na sua palavra|nas suas promessas|na sua empresa)",
          "(querem|quer|estão tentando|está tentando|estão querendo|está querendo) (nos|me) (enganar|enrolar|passar a perna|aplicar um golpe|fazer de bobos)",
          "(nos|me) (acha|acham|toma|tomam) (por|como)? ?(bobos|idiotas|otários|trouxas)",
        ],
        say: "Temos certeza de que vamos resolver isso juntos.",
        notBefore: "(?<!\\p{L})(não|nunca|jamais|sem)(?!\\p{L})",
      },
      {
        match: [
          "(tem|têm) (sequer |mesmo |realmente )(dinheiro|fundos|recursos)",
          "(pode|podem) sequer (pagar|arcar)",
          "(está|estão) (falid[oa]s?|quebrad[oa]s?|em falência)",
        ],
        say: "se algo está dificultando o pagamento neste momento, podemos conversar",
      },
      {
        match: [
          "(esteja|estejam|está|estão|estar|estaria|estariam) (nos|me) (evitando|ignorando|enrolando|a evitar|a ignorar)",
          "(você|vocês|o senhor|a senhora)~ (evitando|a evitar) (nos|me|a gente)",
          "(isso|isto|essa|esta|será|é) (é |será |seria )?(mais uma|outra|nova|uma nova|de novo uma|novamente uma) (desculpa|história|enrolação|mentira|justificativa)",
          "(mais uma|outra) desculpa ?\\?",
          "não (acredito|acreditamos|consigo acreditar|conseguimos acreditar|dá para acreditar|dá pra acreditar) (que |em |na |nas |no |nos )?(a transferência|o pagamento|o dinheiro|o depósito|o swift|sua palavra|suas promessas|suas desculpas|sua história|essa história|nessa história)",
          "(é|fica|está) (difícil|complicado) (de )?acreditar",
          "(entend*|compreend*) (as )?(nossas|minhas) (dúvidas|desconfianças|suspeitas|reservas)",
          "(nossa|minha) desconfiança",
          "(estou|estamos|ficamos|fiquei) (um pouco |meio |bastante |muito )?(desconfiad[oa]s?|cétic[oa]s?|descrente)",
          "(começando|começamos|começo|a começar) a (nos |me )?(perguntar|questionar|duvidar|desconfiar)",
          "se (a |sua |a sua )?(empresa|você|vocês|o senhor|a senhora)~ (ainda |realmente |mesmo |de fato )?(leva|levam|está levando|estão levando) (a sério|isso a sério|com seriedade)",
        ],
        say: "Temos certeza de que vamos resolver isso juntos.",
      },
      {
        match: [
          "se (você |vocês |o senhor |a senhora |a empresa |sua empresa )?(realmente |de fato |ainda |mesmo )?(tem|têm) (alguma |a menor |realmente |mesmo |de fato )?intenção de (nos )?(pagar|quitar|acertar)",
          "(transferência|pagamento|depósito|swift|dinheiro)~ (existe|existiu|foi feit[oa]|foi realizad[oa]|foi enviad[oa]) (mesmo|de verdade|de fato|realmente)",
          "(realmente|de fato|mesmo) (existe|existiu)",
          '["“«](problema|falha|erro) (no sistema|de sistema|do sistema|técnico|técnica|bancário|bancária|do banco|informático)["”»]',
        ],
        say: "poderia nos enviar os dados da transferência para localizarmos com o nosso banco?",
      },
      {
        match: [
          "dúvidas (sobre|quanto|quanto à|acerca da|em relação à|com relação à) (a |à )?(sua |vossa )?(seriedade|honestidade|boa-fé|boa fé|intenção|capacidade de pagamento|credibilidade)",
        ],
        say: "Temos certeza de que vamos resolver isso juntos.",
        notBefore: "(?<!\\p{L})(não|nunca|jamais|sem|nenhuma)(?!\\p{L})",
      },
      ...MORE.pt,
      ...ROUND3.pt,
    ],
    ru: [
      {
        match: [
          "если (вы |ваша компания )?(не настроены серьёзно|несерьёзн*|не заинтересован*|не серьёзн*)",
          "(вы|ваша компания) (вообще |действительно )?(серьёзно|серьезно) (настроены|относитесь) ?\\?",
          "(несерьёзн*|ненадёжн*|недобросовестн*) (покупател*|клиент*|партн*|компани*)",
        ],
        say: "Уверены, что мы вместе решим этот вопрос.",
      },
      {
        match: [
          "(сомневаемся|сомневаюсь|сомнения)~ (в )?(вашей|вашем|ваших) (серьёзност*|честност*|добросовестност*|намерени*|платёжеспособност*|порядочност*)",
          "(я |мы )?(сомневаюсь|сомневаемся|начинаю сомневаться|начинаем сомневаться),? (что|в том,? что) (вы|ваша компания)",
        ],
        say: "Уверены, что мы вместе решим этот вопрос.",
        notBefore: "(?<!\\p{L})(не|нет|без|никаких)(?!\\p{L})",
      },
      {
        match: [
          "(не )?(тратьте|тратить|отнимайте|отнимать|трать) (наше|моё) время",
          "(пустая )?трата (нашего|моего) времени",
          "(не )?морочьте (нам|мне) голову",
        ],
        say: "Будем признательны за короткий ответ, чтобы мы могли планировать.",
      },
      {
        match: [
          "(собираетесь|планируете|намерены|хотите) (ли )?(вы )?(вообще|действительно|когда-нибудь|на самом деле)~ (платить|оплатить|заплатить|рассчитаться|оплачивать)",
          "(вообще|действительно|когда-нибудь|на самом деле)~ (собираетесь|планируете|намерены|хотите)~ (платить|оплатить|заплатить|рассчитаться|оплачивать)",
          "(будете|собираетесь) (ли )?(вы )?(платить|оплачивать) (вообще|или нет)",
          "(вы )?не (собираетесь|намерены|планируете) (платить|оплачивать|оплатить|рассчитываться)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: [
          "(не можем|не могу|больше не можем|уже не можем|больше не могу) (вам )?(доверять|верить)",
          "(вы )?(пытаетесь|хотите) (нас|меня) (обмануть|надуть|кинуть|провести)",
          "(вы|ваша компания) (—|-)? ?(мошенник*|обманщик*|аферист*)",
          "(держите|считаете) (нас|меня) за (дураков|дурака|идиотов)",
          "(нас|меня) за (дураков|дурака|идиотов) (держите|считаете)",
        ],
        say: "Уверены, что мы вместе решим этот вопрос.",
      },
      {
        match: [
          "(у вас вообще есть|есть ли у вас вообще) (деньги|средства)",
          "(вы )?(обанкротились|банкрот*)",
        ],
        say: "если сейчас с оплатой есть трудности, мы готовы это обсудить",
      },
      {
        match: [
          "(избегаете|избегает|избегали|избегала|скрываетесь|прячетесь|уклоняетесь|уклоняется|избегать)~ (нас|меня|общени*|контакт*|ответ*|оплат*)",
          "(вы )?(не )?(избегаете|скрываетесь от|прячетесь от) (нас|меня)",
          "(это|это что,?|неужели это|не) (опять |снова |ещё одна |очередная |новая )?(отговорка|отмазка|уловка|сказка|оправдание)",
          "(я |мы )?(не верю|не верим|не могу поверить|не можем поверить|с трудом верится|трудно поверить|верится с трудом|слабо верится|не очень верится),? (что|в то,? что) (платёж|перевод|оплата|деньги|средства|вы|ваш*|swift|свифт)",
          "(не верю|не верим|не можем верить|не могу верить|перестали верить|перестал верить) (вам|вашим|вашей|вашему)",
          "(наши|мои) (сомнения|подозрения)",
          "(у нас|у меня) (есть |появились |возникли |возникают |закрадываются |закрались |остаются )(сомнения|подозрения)",
        ],
        say: "Уверены, что мы вместе решим этот вопрос.",
      },
      {
        match: [
          "(скажите|ответьте|сообщите) (мне |нам )?(прямо|честно|откровенно|начистоту|как есть),? (собираетесь|планируете|намерены|будете|хотите)~ (платить|оплатить|оплачивать|заплатить|рассчитываться|рассчитаться)",
          "(собираетесь|намерены|планируете) ли (вы )?(вообще |действительно |всё-таки )?(платить|оплатить|оплачивать|заплатить|рассчитываться|рассчитаться)(?= ?([.!?,;:]|$| или))",
          "(существует|существовал|был|была|было|ушёл|ушла|ушли|прошёл|прошла) ли~ (на самом деле|в действительности|вообще|реально|действительно)",
          "(перевод|платёж|оплата|деньги)~ (на самом деле|действительно|реально|в самом деле) (существует|существовал|был отправлен|была отправлена|ушёл|ушла|ушли|прошёл|прошла)",
          '["“«](технический|системный|банковский) (сбой|збой|ошибка|проблема)["”»]',
        ],
        say: "не могли бы вы прислать реквизиты перевода, чтобы мы отследили его в нашем банке?",
      },
      {
        match: [
          "(вы )?(нас|меня) (избегаете|избегали|игнорируете)",
          "(начинаем|начинаю|стали|стал|начали|начал*) сомневаться",
        ],
        say: "Уверены, что мы вместе решим этот вопрос.",
      },
      ...MORE.ru,
      ...ROUND3.ru,
    ],
    ar: [
      {
        match: [
          "(إذا|إن|اذا|لو) (لم تكونوا|لم تكن|كنتم غير|لستم|كانت شركتكم غير) (جادين|جاد|جديين|جادة|مهتمين|صادقين|جادّين)",
          "(هل|ألستم) (أنتم )?(جادون|جادين|جاد|جديون)",
          "(عدم|قلة|انعدام) (جديتكم|الجدية|جدية|مصداقيتكم|المصداقية)",
        ],
        say: "نحن واثقون من أننا سنجد حلا معا.",
      },
      {
        match: [
          "(نشك|أشك|بدأنا نشك|بدأت أشك|لدينا شكوك|لدينا شك|نشكك|أشكك)~ (في|ب)? ?(نيتكم|نواياكم|جديتكم|قدرتكم|مصداقيتكم|أنكم|صدقكم|نية شركتكم)",
        ],
        say: "نحن واثقون من أننا سنجد حلا معا.",
        notBefore: "(?<!\\p{L})(لا|لم|لن|دون|بدون|ليس)(?!\\p{L})",
      },
      {
        match: [
          "(لا|لن|عدم|توقفوا عن|كفى) (تضيعوا|تضيعون|إضاعة|تضييع|نضيع|أضيع)~ (وقتنا|وقتي|الوقت)",
          "(تضيعون|تضيعوا|ضيعتم) (وقتنا|وقتي)",
          "مضيعة (للوقت|لوقتنا|لوقتي)",
        ],
        say: "نكون ممتنين لتحديث قصير حتى نتمكن من التخطيط.",
      },
      {
        match: [
          "(تنوون|تنوي|تعتزمون|ستدفعون|ستسددون|تريدون)~ (حقا|فعلا|أصلا|على الإطلاق)",
          "(حقا|فعلا|أصلا) (تنوون|تنوي|تعتزمون|ستدفعون|ستسددون|تريدون) (الدفع|السداد|أن تدفعوا)?",
          "(هل|ألديكم) (أي )?(نية|النية) (للدفع|للسداد|لدفع|لسداد)",
          "(ليست لديكم|ليس لديكم|لا توجد لديكم|لم تكن لديكم|لا تنوون) (أي )?(نية )?(للدفع|للسداد|الدفع|السداد)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
      },
      {
        match: [
          "(لم نعد|لا نستطيع|لا يمكننا|لم يعد بإمكاننا|لا أستطيع|لم أعد) (نثق|الثقة|أن نثق|الوثوق|نصدق|تصديق|أثق|أصدق)",
          "(تحاولون|تريدون|تحاول) (خداعنا|الاحتيال علينا|التلاعب بنا|النصب علينا|خداعي)",
          "(تعتبروننا|تظنوننا|تحسبوننا) (أغبياء|سذج|مغفلين)",
        ],
        say: "نحن واثقون من أننا سنجد حلا معا.",
      },
      {
        match: [
          "هل (لديكم|عندكم) (أصلا |حقا )?(المال|الأموال|القدرة على الدفع|القدرة على السداد)",
          "(لديكم|عندكم) (أصلا|حقا) (المال|الأموال|القدرة على الدفع|القدرة على السداد)",
          "(هل|أن) (شركتكم|أنتم)~ (مفلسة|مفلسون|على وشك الإفلاس)",
        ],
        say: "إذا كان هناك ما يصعب الدفع حاليا، يسعدنا أن نتحدث عنه",
      },
      {
        match: [
          "(أتمنى|آمل|نأمل|أرجو|نرجو|أتمنى أن|نتمنى) (ألا|أن لا|الا|أنكم لا) (تكونوا|تكون|يكون)~ (تتهربون|تتجنبون|تتهرب|تتجنب|تتجاهلون|تتهربوا|تتجنبوا)",
          "هل (تتهربون|تتجنبون|تتجاهلون|تحاولون التهرب|تحاولون تجنب)",
          "هل (هذا|هذه|ذلك|تلك) (عذر|حجة|ذريعة|مبرر)",
          "(عذر|حجة|ذريعة) (آخر|جديد|أخرى|جديدة) ?(\\?|؟)",
          "(لا أصدق|لا نصدق|لا يمكنني تصديق|لا يمكننا تصديق|يصعب علي تصديق|يصعب علينا تصديق|يصعب تصديق|من الصعب تصديق|لم أعد أصدق|لم نعد نصدق) (أن|ان)? ?(التحويل|الدفع|الدفعة|المبلغ|الحوالة|كلامكم|وعودكم|ذلك|هذا|ما تقولونه)",
          "(شكوكنا|شكوكي|ريبتنا|عدم ثقتنا)",
          "(لدينا|لدي|عندنا|بدأت تساورنا|تساورنا) (بعض )?(شكوك|الشكوك|شك)",
          "(بدأنا|بدأت|أصبحنا|صرنا) (نتساءل|أتساءل|نشك|أشك)",
          "(إن|إذا|ما إذا) (كانت|كنتم|كان)~ (لا تزال |ما زالت |مازالت |لا تزالون |ما زلتم )?(جادة|جادين|جادون|جاد|صادقين|صادقة)",
        ],
        say: "نحن واثقون من أننا سنجد حلا معا.",
      },
      {
        match: [
          "(هل|إن كان|إن كانت|ما إذا كان|ما إذا كانت|إذا كان|إذا كانت) (لديكم|لدى شركتكم|عندكم)~ (أي )?(نية|النية|أية نية|نيه)",
          "(تدفعون|ستدفعون|تنوون الدفع|ستسددون|تسددون|للدفع|الدفع|السداد)~ (أم لا|ام لا)",
          "(التحويل|الحوالة|الدفعة|الدفع|المبلغ|السويفت)~ (موجود|موجودة|حقيقي|حقيقية|تم|تمت|أرسل|أرسلت)~ (فعلا|حقا)",
          '["“«](مشكلة|خلل|عطل) (في النظام|فني|تقني|في البنك|بنكي|مصرفي|في المصرف)["”»]',
        ],
        say: "هل يمكنكم إرسال تفاصيل التحويل حتى نتتبعه مع بنكنا؟",
      },
      ...MORE.ar,
      ...ROUND3.ar,
    ],
  },
};
