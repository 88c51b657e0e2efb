import type { PatternFamily } from "../rule";

/*
 * Rude pressure: orders instead of requests ("pay immediately", "you must … ASAP", "today
 * without fail", "I demand", "no more excuses"). A clear single request with a date ("could
 * you let me know the expected remittance date?", "we would need the deposit by
 * 15 December") is firm but polite, so the rules need the imperative or the urgency word.
 */

// "now" words: the ones that turn a request into an order.
const NOW_EN =
  "(immediately|right now|right away|at once|instantly|this instant|asap|a\\.s\\.a\\.p\\.?|without (any )?(further )?delay|straight away|forthwith)";

export const rudePressure: PatternFamily = {
  kind: "patterns",
  category: "rude_pressure",
  rules: {
    en: [
      {
        match: [
          `(pay|settle|transfer|remit|wire|release) (us |me )?(the |your |this |our |all |full )?(payment |money |balance |amount |invoice |funds |deposit |outstanding |remaining |overdue ){0,2}(now|up|${NOW_EN})`,
          `(send|transfer|remit|wire|settle|release|make|arrange)~ (the |your |this |our |full )?(payment|money|balance|amount|funds|remittance|deposit|transfer)~ ${NOW_EN}`,
          "(immediate|instant|prompt and full) (payment|transfer|settlement|remittance)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        match: [
          `(must|have to|has to|got to|gotta)~ ${NOW_EN}`,
          `(you|your company|your side) (must|have to|need to|are required to|are obliged to) (pay|transfer|settle|remit|wire|make (the )?payment|send (the |us the )?(money|payment|funds))(~ ${NOW_EN})?`,
          "(must|has to|have to) be (paid|transferred|settled|remitted|wired|made|sent)~ (today|now|immediately|at once|asap|within 24 hours|by tomorrow)",
          `(need|needs|want|expect|require|demand)~ (the |your |our |my )?(payment|money|funds|transfer|balance|amount|remittance|deposit|reply|answer|response|confirmation|slip|bank slip)~ ${NOW_EN}`,
          "(i|we) (expect|want|require) (the |your |our |my )?(payment|money|funds|transfer|balance|remittance) (today|now|by tomorrow)",
          "(i|we) need (the |your |our |my )?(payment|money|funds|transfer|balance|remittance) (now|today)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        match: ["((today|tomorrow|this week) )?without (any )?fail"],
        say: "if at all possible",
      },
      {
        match: [
          "(i|we) (hereby |must |have to |now )?(demand|insist) (that you|that your|that the|you|immediate|full|on (immediate |full |the )?(payment|settlement)|(the )?(immediate |full )?(payment|settlement|transfer|remittance)|(an )?(explanation|answer|response)|an immediate)",
        ],
        say: "we would kindly ask you",
      },
      {
        match: [
          "no more (excuses|stories|games|delays|extensions)",
          "(i|we) (don't|do not|won't|will not) (want|accept|tolerate|take) (to hear )?(any )?(more |further |other )?(excuses|stories|delays|promises)",
          "stop (making|giving|with the|finding) excuses",
          "spare (me|us) (the|your) (excuses|stories)",
          "enough is enough",
          "enough with (the |your )?(excuses|delays|stories)",
        ],
        say: "we would appreciate a clear date",
      },
      {
        match: [
          "(you have|you've got|i give you|we give you|you get) (only )?(\\d{1,3}|one|two|three|twenty-four|forty-eight) (hours|hrs|days|business days|working days) to (pay|settle|transfer|reply|respond|make)",
          "(this is |it is |it's |is |are )?(simply )?(not|non)[- ]negotiable",
          "(do it|do this|pay) now",
          "hurry up",
          "(i|we) want (the|my|our) money",
          "give (me|us) (my|our|the) money",
          "(where is|where's) (my|our|the) money",
          "(pay|settle) what you owe",
          "(this|it) (cannot|can't|will not|won't) wait (any longer|anymore|any more)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },

      {
        // "Your last chance to settle" is pressure; the request itself can stay.
        match: [
          "(this is |it is |it's |consider this |here is )?(your|the|a|one|our) (last|final|very last) (chance|opportunity) to",
        ],
        say: "we kindly ask you to",
      },

      {
        match: [
          "(send|pay|transfer|reply|respond|answer|confirm|remit|wire|settle|arrange|give|provide|forward|share|make|do)~ within (\\d{1,2}|one|two|three|four|an|a few|a couple of|the next|the next (\\d{1,2}|one|two|three|few|couple of)) ?(hours|hour|hrs|hr|h|minutes|mins)",
          "(i|we) (expect|want|require|need|demand) (to (receive|see|get|have) )?(the |your |our |my |full |this |a )?(payment|money|funds|transfer|balance|remittance|amount|slip|bank slip|tt copy|swift copy|swift|proof of payment|copy)~ (by tonight|tonight|this (morning|afternoon|evening)|first thing tomorrow|tomorrow morning|by (the )?end of (today|the day)|by eod|by cob|at the latest|within (\\d{1,2}|one|two|three|an|a few) (hours|hour|hrs))",
        ],
        say: "could you let me know when this can be done?",
        notBefore: "(?<!\\p{L})(we|i|our|bank|usually|normally|can|could|would|will|if)(?!\\p{L})",
      },
      {
        match: [
          "(i|we) (don't|do not|won't|will not|refuse to|am not going to|are not going to) (want to |wish to )?(discuss|talk about|argue about|argue|negotiate|debate)~ (any ?more|again|further|any longer)",
          "(there is |there's )?nothing (more |else |further )?to (discuss|talk about|negotiate|argue about)",
          "(end of|no further|no more) (discussion|discussions|debate|arguments|negotiation)",
          "(this|it|that) is not (up for|open to|subject to) (discussion|debate|negotiation)",
          "(period|full stop)\\.? ?(no|end of) (discussion|arguments|excuses)",
          "no (ifs|if)(,)? (ands|and) (or )?buts",
        ],
        say: "we would appreciate a clear date",
      },
    ],
    zh: [
      {
        match: [
          "(马上|立刻|立即|立马|赶紧|赶快|现在就|今天就|速速|火速)…(付款|付钱|打款|汇款|转账|付清|结清|支付|还钱|还款|打过来|汇过来|把钱|安排付款|回复)",
          "(立即|立刻|马上)(付款|支付|打款|汇款|转账|还钱|还款)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "(我|我们|我司)(会|将|就|也)?$",
      },
      {
        match: [
          "(你们|你|您|贵司|贵方)…(必须|务必要|一定要)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账|把钱)",
          "必须…(尽快|马上|立刻|立即|今天|今日|现在|当天)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账|回复)",
          "(今天|今日|明天|本周)(之内|以内|内)?(必须|务必|一定要|一定得)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账)",
          "(今天|今日)(必须|务必)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "请$",
      },
      {
        match: [
          "(我|我们|我司)(强烈)?(要求|坚持要求)(你们|你|您|贵司|贵方)?(立即|马上|立刻|必须|今天|务必|全额)",
          "(勒令|责令)",
        ],
        say: "我们想请您",
      },
      {
        match: [
          "(别|不要|请不要|请别|不许)(再)?(找|编)?(任何)?借口",
          "(少|别再|不要再)(找|编)借口",
          "(不要|别|请不要|请别)(再)?(拖|拖延|推脱|推辞|敷衍)(了)?",
          "(不接受|不会接受|不想听)(任何)?(借口|解释|理由)",
          "没有(任何)?借口",
        ],
        say: "希望能得到一个明确的付款日期",
      },
      {
        match: [
          "(没得|没有|不容|不予)商量(的余地)?",
          "(你们|你|您|贵司|贵方)?(到底|究竟)(什么时候|何时|还要|要不要|打算|准备|想|能不能)(付|付款|打款|汇款|还)",
          "(快点|快些|赶快|赶紧)(付|付款|打款|汇款|回复)",
          "(只给(你们|你|您|贵司)?|限(你们|你|您|贵司))…(\\d{1,3}|一|两|三|二十四|四十八)(个)?(小时|天|工作日)",
          "(把钱|我们的钱|我的钱)(还给|还来|打过来|交出来)",
        ],
        say: "方便告知预计的付款时间吗？",
      },

      {
        match: ["(这是|这将是|这已经是|给|再给)(你们|你|您|贵司|贵方)?(的)?最后(一次)?的?机会"],
        say: "恳请贵司配合",
      },
      {
        match: [
          "(我|我们|我司)(强烈)?(要求|坚持要求)(?!的)…(今天|明天|今晚|明早|明天上午|上午|下午|马上|立即|立刻|必须|务必|全额|之前|以内|小时内)",
          "(我|我们|我司)(今天|今晚|现在|马上)(就)?(必须|一定要|要|需要)(收到|拿到|看到)?(这笔)?(钱|款|货款|款项|水单)",
          "(这周|本周|这个星期|月底前|月底之前|周五前|周五之前|今晚|明早|明天之前|明天上午)(之内|以内|内)?(必须|务必|一定要|一定得)…(付款|付清|结清|打款|汇款|支付|转账|到账|收到)",
        ],
        say: "方便告知预计的付款时间吗？",
      },
      {
        match: [
          "(a\\.s\\.a\\.p|asap)…(付款|安排|打款|汇款|转账|支付|结清|付清|处理|回复|到账)",
          "(付款|打款|汇款|转账|支付|结清|付清|水单|款项)…(a\\.s\\.a\\.p|asap)",
        ],
        say: "方便时请尽早安排",
      },
      {
        match: [
          "(\\d{1,2}|一|两|二|三|四|半)个?(小时|钟头)(之内|以内|内)…(发|付|打款|汇款|转账|回复|给我|安排|把|结清|付清)",
          "(把|将)(水单|付款凭证|汇款凭证|银行水单|款)…(\\d{1,2}|一|两|二|三|四|半)个?(小时|钟头)(之内|以内|内)",
        ],
        say: "方便的时候请尽快发给我们，谢谢",
        notBefore: "(我们|我司|我会|我将|银行|一般|通常|大概|预计|如果|如)",
      },
      {
        match: [
          "(没得|没有|不容|不予|毫无|没)(任何)?(商量|讨论|谈判|商榷|协商)(的)?(余地|空间)",
          "(没什么|没有什么|没啥)(好)?(商量|讨论|谈|说)的",
          "(我|我们)?(不想|不会|不再|不要)再?(跟你们|和你们|与贵司)?(讨论|商量|争论|谈)(这件事|此事|这个问题|这个)",
        ],
        say: "希望能得到一个明确的付款日期",
      },
    ],
    es: [
      {
        match: [
          "(pague|paguen|paga|pagar|abone|abonen|transfiera|transfieran|transfiere|envíe|envíen|realice|realicen|efectúe|efectúen|liquide|liquiden|deposite|depositen)~ (inmediatamente|de inmediato|ya mismo|ahora mismo|enseguida|en este momento|sin (más )?(demora|dilación|retraso|excusas)|hoy mismo)",
          "(pago|transferencia|abono|liquidación) (inmediat[oa]|urgente e inmediat[oa])",
          "(pague|paguen|paga|transfiera|transfieran|abone|abonen|deposite|depositen|liquide|liquiden) ya",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },
      {
        match: [
          "(usted |ustedes )?(debe|deben|tiene que|tienen que|está obligado a|están obligados a|has de|debes|tienes que)~ (pagar|abonar|transferir|liquidar|realizar el pago|efectuar el pago|hacer el pago|saldar|depositar)",
          "(debe|deben|tiene que|tienen que|tienes que|debes|hay que)~ (cuanto antes|inmediatamente|de inmediato|lo antes posible|urgentemente|hoy mismo|ahora mismo|ya mismo|sin demora)",
          "(exijo|exigimos|exigiremos|le exijo|les exijo|le exigimos|les exigimos|exijimos)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
        notBefore: "(?<!\\p{L})se ?$",
      },
      {
        match: ["((hoy|mañana|esta semana) )?(mismo )?sin falta"],
        say: "si le es posible",
      },
      {
        match: [
          "(no|basta de|sin|ni) (más|una) (excusas|excusa|pretextos|historias|largas)",
          "(no aceptamos|no aceptaremos|no acepto|no aceptaré|no quiero|no queremos) (más |ninguna |ningún )?(excusas|excusa|retrasos|demoras|pretextos)",
          "(deje|dejen|dejar) de (poner|dar|buscar) (excusas|pretextos|largas)",
          "(basta|ya basta) de (excusas|retrasos|largas)",
        ],
        say: "le agradeceríamos una fecha concreta",
      },
      {
        match: [
          "(innegociable|no es negociable|no negociable)",
          "(tiene|tienen|les damos|le damos|le doy) (solo |sólo )?(\\d{1,3}|dos|tres|veinticuatro) (horas|días|días hábiles) para (pagar|responder|realizar|liquidar)",
          "(quiero|queremos) (mi|nuestro|el) dinero",
          "(dónde|donde) está (mi|nuestro|el) dinero",
          "(dese|dense) prisa",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },

      {
        match: [
          "(es |esta es |este es )?(su|la|tu|nuestra|una) (última|ultima) (oportunidad|ocasión) (para|de)",
        ],
        say: "le rogamos",
      },

      {
        match: [
          "(necesito|necesitamos|quiero|queremos|espero|esperamos|exijo|exigimos|requiero|requerimos) (el |mi |nuestro |su |la |los )?(dinero|pago|transferencia|importe|saldo|justificante|comprobante|abono|depósito)~ (hoy|ahora|ya|hoy mismo|esta tarde|esta noche|mañana por la mañana|mañana a primera hora|para mañana|antes de mañana|mañana como (muy )?tarde|como muy tarde|en (las próximas )?(\\d{1,2}|una|dos|tres) horas)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },
      {
        match: [
          "(realicen|realice|paguen|pague|transfieran|transfiera|hagan|haga|envíen|envíe|abonen|abone|liquiden|liquide|efectúen|efectúe)~ (cuanto antes|lo antes posible|lo más pronto posible|asap)",
          "(mánde*|mánden*|envíe*|envíen*|pague|paguen|transfiera|transfieran|haga|hagan|realice|realicen|efectúe|efectúen|confirme|confirmen|responda|respondan|conteste|contesten|remita|remitan|deposite|depositen|liquide|liquiden)~ (en|dentro de) (las próximas |un plazo (máximo )?de |como máximo |máximo |menos de )?(\\d{1,2}|una|dos|tres|cuatro|veinticuatro|cuarenta y ocho) horas",
          "(pago|transferencia|pagar|transferir|abono|justificante|comprobante)~ asap",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
        notBefore:
          "(rogamos|ruego|agradecer*|podría|podrían|pedimos|pido|solicitamos|(?<!\\p{L})si(?!\\p{L}))",
      },
      {
        match: [
          "no hay (nada )?(más )?(que|de qué|de que) (hablar|discutir|negociar)",
          "no (hay|admite) (discusión|discusiones|nada que discutir)",
          "no (pienso|pensamos|voy a|vamos a|quiero|queremos|volveré a|volveremos a) (seguir )?(discutir|discutiendo|hablar|hablando|negociar|negociando)(lo|la|los|las)?~ (más|otra vez|de nuevo)",
          "sin (más )?(discusión|discusiones|rodeos|peros)",
          "(fin de la discusión|punto final|y punto)",
        ],
        say: "le agradeceríamos una fecha concreta",
        notAfter: "^ ?(bajo|alto|barato|caro|de|que|tarde|pronto|adelante)",
      },
    ],
    fr: [
      {
        match: [
          "(merci de|veuillez|je vous prie de|nous vous prions de) (payer|régler|virer|verser|effectuer|procéder)~ (immédiatement|sur-le-champ|sur le champ|tout de suite|sans (plus de |aucun |autre )?(délai|attendre|tarder)|dès maintenant|aujourd'hui même)",
          "(payez|réglez|virez|versez|effectuez|procédez|envoyez)~ (immédiatement|sur-le-champ|sur le champ|tout de suite|sans (plus de |aucun |autre )?(délai|attendre|tarder)|dès maintenant|aujourd'hui même|maintenant)",
          "(paiement|règlement|virement) (immédiat|sans délai)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: [
          "(vous devez|vous êtes tenus? de|il faut que vous|vous devrez|vous êtes obligés? de)~ (payer|régler|virer|verser|effectuer le (paiement|règlement|virement)|procéder au (paiement|règlement)|solder)",
          "(doit|devez|doivent|devra|faut|devrez)~ (immédiatement|tout de suite|sur-le-champ|aujourd'hui même|sans délai|asap|au plus vite|dans l'heure|sans faute)",
          "(j'exige|nous exigeons|exigeons|je vous somme|nous vous sommons|je vous ordonne|nous vous ordonnons)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: ["((aujourd'hui|demain|cette semaine) )?(même )?sans faute"],
        say: "si possible",
      },
      {
        match: [
          "(plus d'|assez d'|fini les |trêve d')(excuses|histoires|prétextes)",
          "(plus|assez) de (prétextes|excuses|retards)",
          "(je ne veux|nous ne voulons|nous n'accepterons|je n'accepterai|nous n'acceptons) (plus )?(d'|de |aucune |aucun )?(excuses|prétextes|retards|retard|excuse)",
          "(arrêtez|cessez) (de (trouver|chercher|donner|inventer) des )?(excuses|prétextes)",
        ],
        say: "nous vous serions reconnaissants de nous indiquer une date précise",
      },
      {
        match: [
          "(non négociable|pas négociable|n'est pas négociable)",
          "vous avez (\\d{1,3}|deux|trois|vingt-quatre|quarante-huit) (heures|h|jours) pour (payer|régler|répondre)",
          "(je veux|nous voulons) (mon|notre) argent",
          "(où est|où est passé) (mon|notre) argent",
          "dépêchez-vous",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },

      {
        match: [
          "(c'est |voici |ceci est )?(votre|la|une|notre) (dernière|ultime) (chance|occasion) (de|d'|pour)",
        ],
        say: "nous vous prions de",
      },

      {
        match: [
          "(il me faut|il nous faut|j'ai besoin de|nous avons besoin de|je veux|nous voulons|j'attends|nous attendons|j'exige|nous exigeons) (l'|le |mon |notre |votre |du |des |la |les )?(argent|paiement|virement|règlement|solde|preuve de virement|avis de virement|fonds|justificatif)~ (aujourd'hui|maintenant|tout de suite|ce soir|cet après-midi|ce matin|pour demain|d'ici demain|demain matin|avant demain|dans l'heure|dès demain|au plus tard|dans les (\\d{1,2}|deux|trois) heures)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: [
          "(envoyez|payez|réglez|virez|transmettez|faites|répondez|confirmez|effectuez|retournez|versez|adressez)(-moi|-nous)?~ (dans les|sous|d'ici|en moins de|dans un délai de) (\\d{1,2}|une|deux|trois|quatre|vingt-quatre|quarante-huit) ?(heures|heure|h)",
          "(payer|régler|virer|paiement|règlement|virement|payez|réglez|virez|effectuez)~ asap",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: [
          "sans (aucune |plus de |autre )?discussion( possible)?",
          "(je|nous) ne (reviendrai|reviendrons) pas (là-dessus|sur ce point|dessus|sur cette question|sur le sujet)",
          "(il n'y a )?(plus )?rien à (discuter|négocier)",
          "(je|nous) ne (discuterai|discuterons|négocierai|négocierons|discute|discutons) (plus|pas) (de )?(ce point|cela|ça|la question)?",
          "(point final|un point c'est tout|fin de la discussion)",
        ],
        say: "nous vous serions reconnaissants de nous indiquer une date précise",
      },
    ],
    de: [
      {
        match: [
          "(zahlen|überweisen|begleichen|bezahlen) sie~ (sofort|umgehend|unverzüglich|jetzt|augenblicklich|ohne weitere verzögerung|auf der stelle|noch heute|ab sofort)",
          "(sofortige|umgehende|unverzügliche|sofortigen|umgehenden|unverzüglichen) (zahlung|überweisung|begleichung|bezahlung|ausgleich)",
          "(sofort|umgehend|unverzüglich|augenblicklich|auf der stelle) (zu )?(zahlen|überweisen|bezahlen|begleichen|auszugleichen|ausgleichen)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(sie müssen|müssen sie|ihr müsst|sie haben)~ (zahlen|bezahlen|überweisen|begleichen|ausgleichen|zu zahlen|zu überweisen|zu begleichen)",
          "(sie|ihr|zahlung|betrag|rechnung|anzahlung|restzahlung|überweisung|summe) (müssen|muss|müsst|hat|haben)~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle|ohne verzögerung|ohne weitere verzögerung)",
          "müssen sie~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle)",
          "(ich|wir) (fordere|fordern|verlange|verlangen)~ (sofort|umgehend|unverzüglich|die (sofortige|umgehende|unverzügliche|vollständige)|sie (hiermit )?(auf|nachdrücklich auf)|zahlung|die zahlung|eine erklärung)",
          "(fordere|fordern) (wir|ich) sie~ auf",
          "(ich|wir) (bestehe|bestehen) (darauf|auf (sofortiger|umgehender|vollständiger) zahlung)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(heute|morgen) (noch )?(unbedingt|ohne ausnahme|ohne ausrede|ohne wenn und aber)",
          "(unbedingt|ausnahmslos|ohne wenn und aber) (heute|morgen|noch heute)",
          "spätestens heute",
        ],
        say: "wenn es Ihnen möglich ist",
      },
      {
        match: [
          "keine (weiteren |neuen )?(ausreden|ausflüchte|entschuldigungen|verzögerungen) mehr",
          "(schluss|genug) mit (den |ihren )?(ausreden|ausflüchten|verzögerungen)",
          "(wir akzeptieren|ich akzeptiere|wir dulden|wir tolerieren) keine (weiteren )?(ausreden|ausflüchte|verzögerungen)",
          "(sparen sie sich|verschonen sie uns mit) (ihre|ihren) (ausreden|ausflüchten)",
        ],
        say: "wir würden uns über ein konkretes Datum freuen",
      },
      {
        match: [
          "nicht verhandelbar",
          "sie haben (\\d{1,3}|zwei|drei|vierundzwanzig|achtundvierzig) (stunden|tage|werktage) (zeit)? ?(um|zu|für)",
          "(\\d{1,3}|zwei|drei) stunden zeit",
          "(wir wollen|ich will) (unser|mein) geld",
          "wo (ist|bleibt) (unser|mein) geld",
          "beeilen sie sich",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },

      {
        match: [
          "(das ist |dies ist |es ist )?(ihre|die|eine|unsere) (letzte|allerletzte) (chance|gelegenheit), (um )?",
        ],
        say: "wir bitten Sie freundlich,",
      },

      {
        match: [
          "(ich|wir) (brauche|brauchen|erwarte|erwarten|will|wollen|verlange|verlangen|benötige|benötigen) (das|die|den|unser|mein|unsere|meine|ihre|eine|einen)? ?(geld|zahlung|überweisung|betrag|zahlungsnachweis|beleg|gesamtbetrag|restbetrag|restzahlung|bestätigung|swift-kopie|zahlungsbeleg)~ (heute|jetzt|sofort|bis morgen|morgen früh|noch heute|heute abend|bis heute abend|spätestens morgen|bis spätestens|innerhalb von (\\d{1,2}|einer|zwei|drei) stunden)",
          "(schicken|senden|zahlen|überweisen|bestätigen|antworten|begleichen|übermitteln|leiten|melden|veranlassen) sie~ (innerhalb (von |der nächsten )?|binnen |in den nächsten )(\\d{1,2}|einer|eine|zwei|drei|vier|vierundzwanzig|achtundvierzig) stunden?",
          "(veranlassen|zahlen|überweisen|begleichen|senden|schicken|tätigen|leisten|erledigen|anweisen)~ asap",
          "(zahlung|überweisung|betrag|geld|zahlungsnachweis)~ asap",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(darüber|hierüber|das|dies|davon) (diskutiere|diskutieren|verhandle|verhandeln|rede|reden|streite|streiten) (ich|wir) nicht (mehr|weiter|länger)",
          "(ich|wir) (diskutiere|diskutieren|verhandle|verhandeln|rede|reden) (darüber|das|hierüber) nicht (mehr|weiter|länger)",
          "(ich|wir) (werde|werden) (darüber|das|hierüber) nicht (mehr|weiter|länger) (diskutieren|verhandeln|reden)",
          "ohne (weitere |jede )?diskussion",
          "(da|hier) gibt es nichts (mehr )?zu (diskutieren|besprechen|verhandeln)",
          "keine (weitere |weiteren )?(diskussion|diskussionen|widerrede)",
          "punkt(,)? aus",
        ],
        say: "wir würden uns über ein konkretes Datum freuen",
      },
    ],
    pt: [
      {
        match: [
          "(pague|paguem|pagar|efetue|efetuem|realize|realizem|transfira|transfiram|deposite|depositem|quite|quitem)~ (imediatamente|agora mesmo|hoje mesmo|de imediato|sem (mais )?demora|urgentemente)",
          "(pagamento|transferência|quitação|depósito) (imediat[oa])",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: [
          "(você|vocês|o senhor|a senhora|sua empresa) (deve|devem|tem que|têm que|tem de|têm de|é obrigad[oa] a|são obrigados a)~ (pagar|efetuar o pagamento|quitar|transferir|depositar|realizar o pagamento|fazer o pagamento)",
          "(deve|devem|tem que|têm que|tem de|têm de|precisa|precisam)~ (imediatamente|o quanto antes|urgentemente|hoje mesmo|agora mesmo|sem demora|de imediato)",
          "(exijo|exigimos|exigiremos)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: ["((hoje|amanhã|esta semana) )?(mesmo )?sem falta"],
        say: "se possível",
      },
      {
        match: [
          "(chega de|basta de|sem mais|nada de|não (quero|queremos|aceito|aceitamos|aceitaremos) mais) (desculpas|justificativas|enrolação|histórias|atrasos|desculpa)",
          "(pare|parem) de (dar|arranjar|inventar) (desculpas|justificativas)",
        ],
        say: "agradeceríamos uma data concreta",
      },
      {
        match: [
          "(inegociável|não é negociável|não negociável)",
          "(você|vocês) (tem|têm) (só |apenas )?(\\d{1,3}|duas|três|vinte e quatro) (horas|dias|dias úteis) para (pagar|responder|quitar)",
          "(quero|queremos) (meu|nosso|o) dinheiro",
          "(cadê|onde está) (o|meu|nosso) dinheiro",
          "(se apresse|apressem-se|anda logo)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },

      {
        match: [
          "(esta é |essa é |é )?(a sua|sua|a|uma|nossa) (última|ultima) (chance|oportunidade) (de|para)",
        ],
        say: "pedimos a gentileza de",
      },

      {
        match: [
          "(preciso|precisamos|quero|queremos|espero|esperamos|exijo|exigimos) (d[oa] |o |a |meu |nosso |seu |sua )?(dinheiro|pagamento|transferência|valor|saldo|comprovante|depósito)~ (hoje|agora|já|hoje mesmo|até amanhã|amanhã de manhã|amanhã cedo|esta tarde|hoje à noite|no máximo amanhã|no mais tardar)",
          "(mande|mandem|envie|enviem|pague|paguem|transfira|transfiram|faça|façam|responda|respondam|confirme|confirmem|deposite|depositem|quite|quitem)~ (em até|dentro de|no prazo de|nas próximas|em no máximo|em) (\\d{1,2}|uma|duas|três|quatro|vinte e quatro|quarenta e oito) horas",
          "(pagamento|transferência|pagar|transferir|pague|paguem|comprovante)~ asap",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: [
          "sem (mais )?(conversa|discussão|papo|discussões|negociação|choro)",
          "não (vou|vamos|quero|queremos|irei|iremos) (mais )?(discutir|conversar sobre|negociar|falar sobre)~ (mais|de novo|novamente)",
          "(não há|não tem|não temos) (mais )?(nada )?(o )?que (discutir|conversar|negociar)",
          "(ponto final|fim de papo|assunto encerrado)",
        ],
        say: "agradeceríamos uma data concreta",
        notAfter: "^ ?(barato|caro|baixo|alto|tarde|cedo|de|que)",
      },
    ],
    ru: [
      {
        match: [
          "(оплатите|заплатите|переведите|погасите|перечислите|оплатить|заплатить|перевести|погасить|перечислить|рассчитайтесь|произведите оплату)~ (немедленно|срочно|сейчас же|сию минуту|незамедлительно|безотлагательно|сегодня же|прямо сейчас|тотчас|без промедления|без задержек)",
          "(немедленно|срочно|незамедлительно|безотлагательно|сегодня же|сейчас же|прямо сейчас|без промедления)~ (оплатите|заплатите|переведите|погасите|перечислите|оплатить|заплатить|перевести|погасить|перечислить|произвести оплату|произведите оплату|рассчитайтесь|рассчитаться)",
          "(немедленн*|незамедлительн*) (оплат*|погашени*|перевод*|перечислени*)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: [
          "(вы|ваша компания) (обязаны|должны|обязана|должна)~ (оплатить|заплатить|перевести|погасить|перечислить|произвести оплату|рассчитаться|платить)",
          "(должны|обязаны|нужно|необходимо)~ (немедленно|срочно|незамедлительно|сегодня же|прямо сейчас|сейчас же|безотлагательно)",
          "(я |мы )?(требую|требуем|настаиваю|настаиваем)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: ["в обязательном порядке", "без (всяких )?(отговорок|оправданий)", "кровь из носу"],
        say: "если это возможно",
      },
      {
        // "Сегодня же" from the buyer is an order; from us ("мы отправим сегодня же") it is effort.
        match: ["сегодня же"],
        say: "если это возможно, сегодня",
        notBefore: "(?<!\\p{L})(мы|я|нами|нас|мне|нам)(?!\\p{L})",
      },
      {
        match: [
          "(хватит|довольно|никаких|больше никаких)~ (отговорок|оправданий|обещаний|отговорки|оправдания|кормить (нас|меня) обещаниями|завтраками)",
          "(мы |я )?(не принимаем|не примем|не принимаю) (больше )?(никаких )?(отговорок|оправданий|задержек)",
        ],
        say: "будем признательны за конкретную дату",
      },
      {
        match: [
          "(это )?не (обсуждается|подлежит обсуждению)",
          "(даём|даю|у вас есть) (вам )?(только |всего )?(\\d{1,3}|сутки|двое суток|два дня|три дня|24 часа|48 часов)~ (на оплату|чтобы оплатить|на погашение|чтобы рассчитаться)",
          "(где|когда будут) (наши|мои) деньги",
          "(верните|отдайте) (наши|мои) деньги",
          "поторопитесь",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },

      {
        match: [
          "(это )?(ваш |у вас )?последн* (шанс|возможност*),? (чтобы )?(?=\\p{L}{1,20}(ть|ти|чь)(?!\\p{L}))",
        ],
        say: "просим Вас",
      },

      {
        match: [
          "(деньги|оплата|оплату|платёж|перевод|сумма|средства) (нужн*|нужны|нужна) (мне|нам)? ?(сегодня|сейчас|немедленно|срочно|до завтра|завтра)",
          "(мне|нам) (нужн*|нужны|нужна) (деньги|оплата|платёж|перевод|средства)~ (сегодня|сейчас|немедленно|до завтра|срочно)",
          "(жду|ждём|ждем|ожидаю|ожидаем|требую|требуем) (оплату|деньги|платёж|перевод|платёжку|подтверждение|оплаты|денег)~ (сегодня|сейчас|к завтрашнему|завтра утром|до завтра|до утра|к утру|не позднее завтра*|в течение (часа|\\d{1,2}|двух|трёх))",
          "(пришлите|вышлите|отправьте|оплатите|переведите|перечислите|ответьте|подтвердите|направьте|погасите|предоставьте)~ (в течение|за|не позднее чем через|через|в ближайшие) ((\\d{1,2}|одного|двух|трёх|четырёх|пары|24|48) )?(час|часа|часов|суток)",
          "(оплат*|перевед*|перевод|платёж|пришлите|отправьте|перечисл*)~ asap",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: [
          "(оплатите|переведите|погасите|перечислите|рассчитайтесь|заплатите)~ (как можно (скорее|быстрее)|в кратчайшие сроки|поскорее|побыстрее)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
        notBefore: "(просим|прошу|признательн*|благодарн*|не могли бы|пожалуйста)",
      },
      {
        match: [
          "(обсуждать|обсуждение|говорить|спорить|торговаться)~ (тут |здесь |больше )?нечего",
          "(я |мы )?не (буду|будем|стану|станем) (больше )?(это |этот вопрос |ничего )?(обсуждать|спорить|торговаться)",
          "(обсуждать|спорить|торговаться)~ не (буду|будем|стану|станем)",
          "без (лишних |всяких )?(разговоров|обсуждений|возражений|дискуссий)",
          "разговор (окончен|закончен)",
        ],
        say: "будем признательны за конкретную дату",
      },
    ],
    ar: [
      {
        match: [
          "(ادفعوا|سددوا|حولوا|قوموا بالدفع|قوموا بالسداد|قوموا بالتحويل)~ (فورا|حالا|على الفور|في الحال|اليوم بالذات|دون تأخير|بدون تأخير|بلا تأخير|دون أي تأخير|الآن)",
          "(الدفع|السداد|التحويل) (فورا|حالا|على الفور|في الحال)",
          "(الدفع|السداد|التحويل) (الفوري|العاجل والفوري)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
      },
      {
        match: [
          "(يجب|يتعين|لا بد|لابد|يلزم) (عليكم|عليك|على شركتكم)~ (الدفع|السداد|التحويل|دفع|سداد|تحويل|أن تدفعوا|أن تسددوا|أن تحولوا)",
          "(يجب|لا بد|لابد|يتعين)~ (فورا|حالا|على الفور|في الحال|دون تأخير|بأسرع وقت ممكن|في أقرب وقت ممكن)",
          "(نطالبكم|أطالبكم|نطالب ب|أطالب ب|نصر على|أصر على|نأمركم)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
        notBefore: "(يرجى|نرجو|الرجاء|رجاء)",
      },
      {
        match: [
          "(اليوم|غدا) (بالذات|حتما|بلا شك|دون أعذار|بدون أعذار|مهما كان|دون تأخير|بدون تأخير|بلا تأخير)",
          "(مهما كانت|مهما كان) (الظروف|الأسباب)",
        ],
        say: "إن أمكن",
      },
      {
        match: [
          "لا (أعذار|مزيد من الأعذار|مجال للأعذار|مجال للمماطلة)",
          "(كفى|كفاكم|لا نريد|لا نقبل|لن نقبل)~ (أعذار|الأعذار|أعذارا|حجج|الحجج|المزيد من الأعذار|مماطلة|المماطلة|التسويف|تسويف|مبررات|المبررات)",
          "(كفى|كفاكم) (مماطلة|تسويفا|أعذارا)",
        ],
        say: "نكون ممتنين لو حددتم لنا تاريخا واضحا",
      },
      {
        match: [
          "(غير قابل|ليس قابلا|غير خاضع) (للتفاوض|للنقاش)",
          "(لديكم|أمامكم|نمنحكم|نعطيكم) (فقط )?(\\d{1,3}|يومان|يومين|ثلاثة أيام|أربع وعشرون ساعة|ثمان وأربعون ساعة)~ (ساعة|ساعات|أيام|يوم|للدفع|للسداد)",
          "(أين|اين) (أموالنا|فلوسنا|المال|أموالي|نقودنا)",
          "(أعيدوا|ادفعوا) (أموالنا|فلوسنا|نقودنا)",
          "أسرعوا",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
      },

      {
        match: [
          "(هذه |هذه هي |إنها |انها )?(فرصتكم|فرصتك|الفرصة|فرصة) (الأخيرة|أخيرة|النهائية) ?(ل|من أجل |كي )",
          "(هذه |هذه هي |إنها |انها )?(آخر|اخر) فرصة (لكم |لك )?(ل|من أجل |كي )",
        ],
        say: "نأمل تعاونكم ل",
      },
      {
        match: [
          "(أحتاج|نحتاج|أريد|نريد|أنتظر|ننتظر|أتوقع|نتوقع|أطلب|نطلب) (إلى )?(المبلغ|المال|الدفع|الدفعة|التحويل|السداد|الأموال|أموالنا|إيصال التحويل|المبلغ كاملا)~ (اليوم|الآن|غدا|صباح الغد|فورا|حالا|هذا المساء|الليلة|على أقصى تقدير|في موعد أقصاه)",
          "(أرسلوا|ارسلوا|ادفعوا|سددوا|حولوا|قوموا|ردوا|أكدوا|ابعثوا)~ (خلال|في غضون|في مدة أقصاها|قبل مضي|في موعد أقصاه) (ساعتين|ساعة|ساعات|\\d{1,2} ساعة|\\d{1,2} ساعات|ثلاث ساعات|أربع ساعات)",
          "(يجب|لا بد|لابد|يتعين) (عليكم |على شركتكم )?(الدفع|السداد|التحويل|دفع|سداد|تحويل)~ (في|ب)(أسرع|أقرب) وقت",
          "عليكم (الدفع|السداد|التحويل|دفع|سداد|تحويل)",
          "(الدفع|السداد|التحويل|ادفعوا|سددوا|حولوا)~ asap",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
        notBefore: "(يرجى|نرجو|الرجاء|رجاء|السلام)",
      },
      {
        match: [
          "لا مجال (للنقاش|للتفاوض|للجدال|للمناقشة|للحديث|للمساومة)",
          "لن (أناقش|نناقش|أتناقش|نتناقش|أجادل|نجادل|أتفاوض|نتفاوض)",
          "(دون|بدون|بلا) (نقاش|جدال|مناقشة)",
          "انتهى النقاش",
        ],
        say: "نكون ممتنين لو حددتم لنا تاريخا واضحا",
      },
    ],
  },
};
