import type { PatternFamily } from "../rule";

/*
 * Doubt: questioning the buyer's seriousness, honesty or ability to pay ("if you are not
 * serious", "don't waste our time", "are you really going to pay"). A plain question about
 * a date ("do you plan to pay this week?") is a request, so the rules need the doubting
 * word: "really", "even", "at all", "serious", "trust".
 */

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
    ],
  },
};
