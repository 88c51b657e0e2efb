import type { PatternFamily } from "../rule";

/*
 * Rude pressure: orders instead of requests ("pay immediately", "you must … ASAP", "today
 * without fail", "I demand", "no more excuses"). A clear single request with a date ("could
 * you let me know the expected remittance date?", "we would need the deposit by
 * 15 December") is firm but polite, so the rules need the imperative or the urgency word.
 * "At the latest" is urgency only with a day that leaves no time ("at the latest today"):
 * after a date ("by 15 December at the latest") it states a deadline, firm but polite.
 */

// "now" words: the ones that turn a request into an order.
const NOW_EN =
  "(immediately|right now|right away|at once|instantly|this instant|asap|a\\.s\\.a\\.p\\.?|without (any )?(further )?delay|straight away|forthwith|now itself|today itself)";

export const rudePressure: PatternFamily = {
  kind: "patterns",
  category: "rude_pressure",
  negatable: true,
  rules: {
    en: [
      {
        match: [
          "(now|today|tonight|immediately|right now|right away|at once|asap|this week)[.,!;:—–-]? ?(and )?not (next week|tomorrow|next month|later|in a few days|after the weekend|on monday|on friday|whenever (it suits you|you like|you want))",
          "(must|has to|have to|needs to|need to) be (done|settled|resolved|sorted|sorted out|solved|handled|fixed|cleared|closed|paid|transferred|completed|finished)~ (now|today|immediately|right now|right away|at once|asap|this week|without delay)",
          "(i|we) (need|want|expect) (this|it|that|the (matter|issue|payment|balance|invoice)) (resolved|settled|sorted|done|paid|solved|cleared|closed|fixed|finished)~ (now|today|immediately|right now|right away|at once|asap)",
          "(i|we) (must )?insist (that|on)~ (immediately|today|now|at once|without delay|right away|asap|immediate|pay|paid|payment|transfer|transferred|settle|settled)",
          "(there is|there's) no other (way|option|choice|alternative)",
        ],
        say: "could you let me know when the payment can be arranged?",
        notBefore: "(?<!\\p{L})(if|we can|we could|we'll|we will|can|could|we're able)(?!\\p{L})",
        notAfter: "^ (to|than|for|but|of)(?!\\p{L})",
      },
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
          "(i|we) (expect|want|require|need|demand) (to (receive|see|get|have) )?(the |your |our |my |full |this |a )?(payment|money|funds|transfer|balance|remittance|amount|slip|bank slip|tt copy|swift copy|swift|proof of payment|copy)~ (by tonight|tonight|this (morning|afternoon|evening)|first thing tomorrow|tomorrow morning|by (the )?end of (today|the day)|by eod|by cob|today at the latest|at the latest (by )?(today|tonight|tomorrow)|within (\\d{1,2}|one|two|three|an|a few) (hours|hour|hrs))",
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
      {
        // An order to act now, said to the buyer ("arrange it at once"); from us it is effort.
        match: [
          `(pay|settle|transfer|wire|remit|send|arrange|do|handle|process|release|make)( it| this| that| them| the (transfer|payment|money|funds|balance|remittance))? ${NOW_EN}`,
          "(i|we) (need|want|expect|require|demand) (this|the|your|my|our) (transfer|payment|money|funds|balance|remittance|amount)~ within the (hour|next hour)",
          "(transfer|payment|money|funds|balance|remittance|amount)~ (must|has to|needs to|have to|need to)~ (today|now|tonight|tomorrow morning|by tomorrow|by tonight|within the hour|by (the )?end of (today|the day)|this week at the latest)",
          "(get|have) (the |this |your )?(payment|transfer|money|balance|invoice|remittance)~ (done|sent|paid|settled|made|cleared|released|sorted)~ (now|today|tonight|by tomorrow|within the hour)",
        ],
        say: "could you let me know when the payment can be arranged?",
        notBefore:
          "(?<!\\p{L})(we|i|we'll|i'll|will|can|could|shall|would|if|please let)(?!\\p{L})",
      },
      {
        // An order that opens the sentence: "Send the money this week at the latest."
        match: [
          `(?<=(^|[.!?:;\\n])\\s{0,3})(just )?(pay|settle|transfer|wire|remit|send|release|clear|do it|do this|sort (it|this) out|answer|reply|respond|get back to (me|us))~ (today|now|tonight|by tomorrow|tomorrow morning|this week at the latest|by (the )?end of (today|the )?day|by eod|by cob|before tomorrow|within (\\d{1,2}|one|two|three) (hours|days)|${NOW_EN})`,
          "(?<=(^|[.!?,;:\\n])\\s{0,3})just (pay|transfer|settle|send (the|us the|me the) (money|payment))",
          "(you have|you've got|i('m| am) giving you|we('re| are) giving you|i give you|we give you) (only )?until (today|tonight|tomorrow|noon|midday|the end of (the )?day|end of (the )?day|\\d{1,2} ?(am|pm|o'clock)|\\d{1,2}:\\d\\d)~ to (pay|settle|transfer|send|remit|reply|respond)",
          "pay first(,)? (and )?then (we|i) (talk|discuss|can talk|will talk)",
          "(i|we) (want|expect|need) to see (the|my|our|this) (money|payment|funds|transfer|balance)~ (today|tomorrow|tonight|by tomorrow|now|this week at the latest)",
          "(is|are) to be (paid|settled|transferred|remitted|wired) (immediately|today|now|at once|without delay)",
          "latest by (today|tonight|tomorrow|eod|cob|end of (the )?day)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        // Finality: the request is no longer a request.
        match: [
          "(this|it|that) is (not|no longer) a request( anymore| any more)?",
          "(this|it|that|the payment|this matter) (can't|cannot|can not) wait( any longer| anymore| any more| another day)?",
          "(i|we) (will not|won't|can't|cannot|are not going to|am not going to) wait (any longer|anymore|any more|more|another day|one more day|a day longer)",
          "(this is the|it's the|it is the|for the) last time (i|we) (ask|am asking|are asking|will ask|tell you|remind you)",
          "(i|we)('re| are| am|'m) not (going to )?wait(ing)? (any longer|anymore|any more|another day|one more day)",
          "(?<=[,;:] ?)no (discussion|debate|arguments|exceptions|excuses)",
          "(?<=[,;:] ?)(period|full stop)(?= ?[.!]|$)",
          "(today|now)[.,!]? not tomorrow",
          "and i mean (it|today|now|tomorrow|friday|this week)",
          "(i|we) (don't|do not) care (about|what|how|why|whether) (your|you|the reasons)",
          "no matter what",
          "stop (stalling|delaying|dragging your feet|playing games|stringing us along|putting (us|me|it|this) off)",
          "without (any )?(more |further )?(excuses|stories)",
        ],
        say: "we would appreciate a clear date",
      },
    ],
    zh: [
      {
        match: [
          "(今天|今晚|现在|马上|立刻|立即|这周|本周|周五前|明天)…[，,、 ]?(而)?不是…(明天|下周|下个月|以后|过几天|下礼拜|下星期|下次)",
          "(必须|一定要|务必|得)…(马上|立刻|立即|今天|现在|当天)…(解决|处理|搞定|办好|落实|结清|付清|到账)",
          "(马上|立刻|立即|今天)(就)?(必须|一定要|务必)…(解决|处理|搞定|办好|落实|给个说法)",
          "(我|我们)坚持(要求)?…(今天|马上|立刻|立即|付款|打款|汇款|转账)",
          "(否则|不然|要不然|要不)…(免谈|没什么好谈|没得谈)",
          "(不是…就是|要么…要么)…(免谈|别谈|不用谈)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "(我们可以|我司可以|我们能|可以|能够|如果|如)",
      },
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
      {
        match: [
          "(今天|今日|今晚|明天|明早|本周|这周)…(前|之前|以前|之内|以内|内)…(必须|务必|一定要|一定得)",
          "(今天|现在|马上|立刻)(就)?给我(回复|答复|付|打款|结果|一个答复|一个说法|回话)",
          "(现在就|马上|立刻|立即)…(发给我|发过来|给我)",
          "速度(付|打|安排|转|汇|结)",
          "(赶紧|赶快|马上|立刻)(把|将)…(结了|付了|打过来|付清|结清|转过来)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "(我们|我司|我会|我将|我这边|请)",
      },
      {
        match: [
          "(不能|没法|无法|不可能|不会)再(等|拖)(了|下去)?",
          "(等不了|拖不起|一天都不能再等|一天也不能再拖)",
          "(别|不要|请不要|请别)再(说|讲|拿|用|推到|推)…(下周|下次|明天|过几天|借口|理由)",
          "(这是)?最后一次(问|要求|催|跟你们说)",
          "(不会|不想|不要让我)再(问|说|催|讲)(第二次|第二遍|一遍|一次)",
          "(你们|贵司|您)?的?(问题|困难|情况)我(不管|不关心|管不着)",
          "先(付|付款|付钱|打款)…再(谈|说|聊|讲)",
          "无论如何…(必须|都要|一定要|都得)",
          "[，,]就这样(吧)?(?=[。！!.]|$)",
        ],
        say: "希望能得到一个明确的付款日期",
      },
    ],
    es: [
      {
        match: [
          "(ahora|hoy|ya|inmediatamente|de inmediato|ahora mismo|hoy mismo|esta semana|enseguida)[.,!;:—–-]? ?(y )?no (la semana (que viene|próxima)|la próxima semana|mañana|el mes (que viene|próximo)|el próximo mes|más tarde|después|dentro de unos días|en unos días|el lunes|el viernes|cuando (les|le) convenga)",
          "(insisto|insistimos)( en)? que~ (de inmediato|inmediatamente|hoy|ya|ahora|cuanto antes|sin demora|hoy mismo|pago|pague*|transferencia|transfier*|abon*|liquid*|sald*)",
          "(lo |la |esto |eso )?(necesito|necesitamos|quiero|queremos) (esto |eso |el pago |la transferencia |el asunto |el tema )?(resuelto|resuelta|solucionado|solucionada|pagado|pagada|hecho|hecha|liquidado|liquidada|cerrado|cerrada|transferido|arreglado)~ (ya|ahora|ahora mismo|hoy|hoy mismo|de inmediato|inmediatamente|cuanto antes|ya mismo|esta semana)",
          "(tiene|tienen|debe|deben|hay) que (resolver|solucionar|arreglar|pagar|transferir|liquidar|saldar|cerrar)*~ (ya mismo|ahora mismo|hoy mismo|de inmediato|inmediatamente|sin demora)",
          "(debe|deben|tiene que|tienen que|ha de|han de) (ser|estar|quedar) (resuelto|resuelta|pagado|pagada|liquidado|liquidada|hecho|hecha|transferido|transferida|solucionado)~ (ya|hoy|ahora|ahora mismo|hoy mismo|de inmediato|inmediatamente|esta semana)",
          "no (hay|tenemos|queda) otra (opción|manera|forma|salida|alternativa)",
          "(o|si no|sino|de lo contrario)~ no hay (nada )?(más )?(que hablar|de qué hablar|conversación|trato)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
        notBefore: "(?<!\\p{L})(si|podemos|podríamos|puedo|podré|podremos|rogamos|ruego)(?!\\p{L})",
        notAfter: "^ (que|de|para)(?!\\p{L})",
      },
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
      {
        match: [
          "(hagan|haga|ingresen|ingrese|realicen|realice|efectúen|efectúe)~ (la transferencia|el pago|el ingreso|el depósito|el abono)~ (ya|ahora|hoy|hoy mismo|de inmediato|inmediatamente)",
          "(ingresen|ingrese|depositen|deposite)~ (hoy|ya|ahora)",
          "(pagad|transferid|enviad|mandad|haced(lo)?|abonad|ingresad)~ (ya|ahora|hoy|hoy mismo|de inmediato|de una vez)",
          "(hágalo|háganlo|hazlo|mande|manden|envíe|envíen|pague|paguen|transfiera|transfieran|deposite|depositen|abone|abonen|liquide|liquiden)~ (ya|ahora|ahora mismo|de inmediato|inmediatamente|enseguida|hoy mismo|de una vez|ahorita|de una buena vez|por fin|de una vez por todas)",
          "(contésteme|contéstenme|respóndame|respóndanme|contesten|respondan|conteste|responda|envíenme|envíeme|mándenme|mándeme|transfieran|transfiera|paguen)~ (hoy|ya|ahora|ahora mismo|de inmediato|hoy mismo|antes del cierre del día|antes de que termine el día)",
          "(tienen|tiene|le damos|les damos|le doy|les doy|os doy|os damos) (solo |sólo )?(\\d{1,3}|dos|tres|veinticuatro|cuarenta y ocho) (horas|días) para (pagar|transferir|abonar|liquidar|responder)",
          "(tienen|tiene|le damos|les damos|le doy|les doy) (plazo )?hasta (hoy|esta noche|mañana|las \\d{1,2}|el mediodía|el final del día)~ para (pagar|transferir|abonar|liquidar|responder|enviar)",
          "(pago|dinero|transferencia|importe|saldo)~ (tiene que|debe|tienen que|deben|ha de)~ (hoy|ahora|mañana|mañana a primera hora|mañana por la mañana|para mañana|antes de mañana|hoy mismo|de inmediato)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
        notBefore:
          "(rogamos|ruego|agradecer*|podría|podrían|pedimos|pido|solicitamos|(?<!\\p{L})(si|que)(?!\\p{L}))",
        notAfter: "^ ?(que|sea|está|están|tenemos|hemos|fue|lo tenemos)(?!\\p{L})",
      },
      {
        match: [
          "(esto|esta situación|el asunto|este asunto|el pago) (ya )?no puede esperar (más|ni un día más)",
          "(no|ya no) (podemos|puedo|vamos a|voy a) esperar (más|ni un día más)",
          "(dejen|deje|dejar|dejad|deja) de (darle|darnos|dar|dándole) (largas|vueltas)",
          "(dejen|deje|dejad|deja) de (marear|marearnos|tomarnos el pelo|jugar|dar excusas|poner excusas)",
          "(quiero|queremos|espero|esperamos) ver (el|mi|nuestro|ese|la) (dinero|pago|importe|saldo|abono|transferencia)~ (hoy|mañana|ya|ahora|esta semana como muy tarde)",
          "(hoy|mañana( a primera hora)?) (quiero|queremos|exijo|exigimos) (ver )?(el|la|mi|nuestro) (dinero|pago|transferencia|importe|saldo)",
          "(dejen|deje) de (marearnos|aplazarlo|retrasarlo)",
          "(y )?sin (más |ninguna |otra |otras )?(excusas|pretextos)",
          "(es la )?última vez que (se lo |les |le |te )?(pido|pedimos|pregunto|preguntamos|solicitamos|reclamamos|reclamo)",
          "(esto |ya )?no es una (petición|solicitud)",
          "(me|nos) (da|dan) igual (sus|tus|los|vuestros|vuestras)",
          "no (me|nos) (importa|importan|interesa|interesan) (sus|tus|los|vuestros|vuestras) (problemas|motivos|razones|excusas)",
          "(paguen|pague|paga) primero~ (después|luego) (hablamos|hablaremos|conversamos)",
          "pase lo que pase",
          "ni un día más",
          "(?<=(^|[.!?:;\\n])\\s{0,3})(hoy|ahora)[.,!]? no mañana",
          "(o|u) (pagan|paga|pagáis|transfieren) (hoy|ya|ahora)",
        ],
        say: "le agradeceríamos una fecha concreta",
      },
    ],
    fr: [
      {
        match: [
          "(maintenant|aujourd'hui|immédiatement|tout de suite|sur-le-champ|cette semaine|dès aujourd'hui)[.,!;:—–-]? ?(et )?pas (la semaine prochaine|demain|le mois prochain|plus tard|dans quelques jours|lundi|vendredi|quand (cela|ça) vous arrange)",
          "(j'insiste|nous insistons|j'exige|nous exigeons) (pour que|que)~ (immédiatement|aujourd'hui|tout de suite|sans délai|sans tarder|maintenant|pai*|pay*|règl*|vir*|transf*|sold*)",
          "(doit|doivent|devra|devront) être (réglé|réglée|réglés|payé|payée|payés|résolu|résolue|fait|faite|viré|virée|soldé|soldée|traité|traitée|effectué|effectuée)~ (immédiatement|aujourd'hui|tout de suite|sans délai|maintenant|sur-le-champ|cette semaine)",
          "(il faut|il faudra) (que )?~ (immédiatement|aujourd'hui même|tout de suite|sans délai|sur-le-champ|sans tarder)",
          "(je veux|nous voulons|j'ai besoin que|nous avons besoin que) (cela|ça|ce paiement|le paiement|le virement|ce dossier)~ (réglé|résolu|payé|fait|soit réglé|soit résolu|soit payé|soit fait)~ (immédiatement|aujourd'hui|tout de suite|maintenant|sans délai)",
          "il n'y a pas d'autre (solution|option|choix|issue|possibilité)",
          "(ou|sinon)~ (il n'y a )?plus rien à (discuter|dire|négocier)",
        ],
        say: "pourriez-vous m'indiquer quand le paiement pourra être effectué ?",
        notBefore:
          "(?<!\\p{L})(si|nous pouvons|pouvons|pourrions|je peux|nous pourrons|pourrons|merci de)(?!\\p{L})",
        notAfter: "^ (que|de|pour)(?!\\p{L})",
      },
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
          "(il me faut|il nous faut|j'ai besoin de|nous avons besoin de|je veux|nous voulons|j'attends|nous attendons|j'exige|nous exigeons) (l'|le |mon |notre |votre |du |des |la |les )?(argent|paiement|virement|règlement|solde|preuve de virement|avis de virement|fonds|justificatif)~ (aujourd'hui|maintenant|tout de suite|ce soir|cet après-midi|ce matin|pour demain|d'ici demain|demain matin|avant demain|dans l'heure|dès demain|au plus tard (aujourd'hui|ce soir|demain)|dans les (\\d{1,2}|deux|trois) heures)",
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
      {
        match: [
          "(payez|réglez|virez|versez|envoyez|effectuez|faites|procédez|transférez)~ (vite|enfin|aujourd'hui|dès maintenant|maintenant|immédiatement|tout de suite|sur-le-champ|dès aujourd'hui)",
          "(répondez|répondez-moi|répondez-nous|envoyez-moi|envoyez-nous|virez|payez|réglez)~ (aujourd'hui|maintenant|tout de suite|immédiatement|sur-le-champ|d'ici ce soir|avant ce soir)",
          "vous avez jusqu'à (aujourd'hui|ce soir|demain|midi|\\d{1,2} ?h)~ pour (payer|régler|virer|répondre|envoyer)",
          "(il faut|faut) (payer|régler|virer|verser|solder|envoyer)~ (vite|aujourd'hui|maintenant|immédiatement|tout de suite|d'ici demain|ce soir)",
          "(paiement|virement|argent|règlement|solde)~ (doit|devra|doivent)~ (aujourd'hui|demain matin|d'ici demain|ce soir|immédiatement|maintenant)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
        notBefore: "(?<!\\p{L})(si|s'il|pourriez|pouvez|nous|je)(?!\\p{L})",
      },
      {
        match: [
          "(cela|ça|ceci|cette situation|le dossier|ce dossier|le paiement) ne (peut|pourra) plus attendre",
          "(nous|je) ne (pouvons|peux|pourrons|pourrai|allons|vais) plus attendre",
          "(nous|je) n'attendr(ons|ai) (plus|pas un jour de plus)",
          "(arrêtez|cessez) de (tergiverser|traîner|gagner du temps|nous faire attendre|repousser|reporter|nous balader|nous mener en bateau)",
          "sans (autre |autres |plus d'|aucune |nouvelle |nouvelles )?(excuses?|prétextes?)",
          "(c'est )?la dernière fois que (je|nous) (vous )?(le )?(demande|demandons|réclame|réclamons)",
          "(ce n'est|ceci n'est) plus une (demande|requête)",
          "(vos|tes) (problèmes|soucis|difficultés|raisons)~ ne (me|nous) (regardent|intéressent|concernent) pas",
          "(je m'en fiche|je m'en moque|peu (m'|nous )?importe(nt)? (vos|les))",
          "(payez|réglez) d'abord",
          "(je veux|nous voulons|j'attends de|nous attendons de) voir (l'|mon |notre |cet )?(argent|paiement|virement|règlement)~ (aujourd'hui|demain|ce soir|maintenant|tout de suite)",
          "(on|nous|j') en (a|avons|ai) assez",
          "quoi qu'il arrive",
        ],
        say: "nous vous serions reconnaissants de nous indiquer une date précise",
      },
    ],
    de: [
      {
        match: [
          "(sofort|heute|jetzt|umgehend|unverzüglich|diese woche|noch heute|heute noch|morgen)[.,!;:—–-]? ?(und )?nicht (erst )?(morgen|nächste woche|in der nächsten woche|nächsten monat|im nächsten monat|später|irgendwann|in ein paar tagen|am montag|am freitag|nach dem wochenende)",
          "(muss|müssen|hat|haben|ist|sind)~ (sofort|umgehend|unverzüglich|auf der stelle|noch heute|heute noch|jetzt|ohne verzögerung)~ (erledigt|geklärt|bezahlt|überwiesen|beglichen|gelöst|ausgeglichen|geregelt|zu erledigen|zu klären|zu bezahlen|zu überweisen|zu begleichen)",
          "(ich|wir) (will|wollen|möchte|möchten|brauche|brauchen|erwarte|erwarten) (das|dies|die sache|die zahlung|die rechnung)~ (sofort|umgehend|unverzüglich|heute|jetzt|noch heute|heute noch)~ (erledigt|geklärt|bezahlt|überwiesen|beglichen|gelöst|geregelt)",
          "(ich|wir) (bestehe|bestehen) darauf~ (sofort|umgehend|unverzüglich|heute|noch heute|zahl*|überw*|begleich*)",
          "(anders geht es nicht|anders geht's nicht|es geht nicht anders|anders läuft (das|es) nicht)( mehr)?",
          "es gibt keine andere (option|möglichkeit|lösung|wahl|alternative)( mehr)?",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
        notBefore:
          "(?<!\\p{L})(falls|wenn|wir können|können|könnten|ich kann|leider|bitte)(?!\\p{L})",
        notAfter: "^ ?(als|zu|für|um)(?!\\p{L})",
      },
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
          "(sie müssen|müssen sie|ihr müsst|sie haben)~~ (zahlen|bezahlen|überweisen|begleichen|ausgleichen|zu zahlen|zu überweisen|zu begleichen)",
          "(sie|ihr|zahlung|betrag|rechnung|anzahlung|restzahlung|überweisung|summe) (müssen|muss|müsst|hat|haben)~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle|ohne verzögerung|ohne weitere verzögerung|so schnell wie möglich|so bald wie möglich|schnellstmöglich|schnellstens|möglichst schnell)",
          "müssen sie~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle|so schnell wie möglich|so bald wie möglich|schnellstmöglich|schnellstens|möglichst schnell)",
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
          "(ich|wir) (brauche|brauchen|erwarte|erwarten|will|wollen|verlange|verlangen|benötige|benötigen) (das|die|den|unser|mein|unsere|meine|ihre|eine|einen)? ?(geld|zahlung|überweisung|betrag|zahlungsnachweis|beleg|gesamtbetrag|restbetrag|restzahlung|bestätigung|swift-kopie|zahlungsbeleg)~ (heute|jetzt|sofort|bis morgen|morgen früh|noch heute|heute abend|bis heute abend|spätestens morgen|bis spätestens (heute|morgen)|innerhalb von (\\d{1,2}|einer|zwei|drei) stunden)",
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
      {
        match: [
          "(zahlen|überweisen|begleichen|bezahlen|veranlassen|erledigen) sie~ (heute noch|noch heute|sofort|unverzüglich|jetzt|auf der stelle|bis spätestens morgen|spätestens morgen)",
          "(zahlen|überweisen|begleichen|bezahlen|antworten|schicken|senden) sie~ endlich",
          "(?<=(^|[.!?:;\\n])\\s{0,3})(zahlen|überweisen|begleichen|bezahlen) sie~ heute",
          "(geld|zahlung|betrag|überweisung)~ (muss|müssen) (morgen|heute|bis morgen|spätestens morgen)~ (auf unserem konto|bei uns|eingegangen|da) ?(sein)?",
          "(zahlung|überweisung|begleichung) hat~ (heute|bis morgen|morgen früh|sofort|unverzüglich)~ zu erfolgen",
          "(heute|jetzt)[.,!]? nicht (erst )?(morgen|nächste woche)",
          "keinen (tag|moment|minute) (länger|mehr)",
          "(ich|wir) (bestehe|bestehen) auf~ (zahlung|überweisung)~ (heute|bis morgen|sofort|morgen früh)",
          "(ich|wir) (will|wollen|erwarte|erwarten|möchte|möchten) (das|unser|mein) geld~ (heute|morgen|sofort|jetzt|bis morgen)~ (sehen|haben)",
          "(antworten|schicken|senden|zahlen|überweisen) sie (mir|uns)~ (heute|heute noch|noch heute|sofort|jetzt|umgehend|unverzüglich)",
          "sie haben (noch )?bis (heute|morgen|heute abend|\\d{1,2} uhr|heute \\d{1,2} uhr)~ zeit",
          "(erst|zuerst) (zahlen|bezahlen|überweisen)(,)? (dann|danach) (reden|sprechen|diskutieren|verhandeln)",
          "(zahlung|überweisung|betrag|geld|rechnung|summe|zahlungseingang)~ (muss|müssen) (heute|noch heute|heute noch|bis morgen|spätestens morgen|morgen früh|sofort|jetzt|unverzüglich)",
          "(ich|wir) (erwarte|erwarten|brauche|brauchen|verlange|verlangen) (den |die |das |ihren |ihre |unseren |unsere )?(zahlungseingang|geldeingang|eingang der zahlung|zahlung|überweisung|betrag|geld|restzahlung)~ (bis morgen früh|bis morgen|heute noch|noch heute|morgen früh|sofort|bis heute abend|innerhalb der nächsten stunde|innerhalb einer stunde)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(wir|ich) (warten|warte) (keinen (tag|moment)|keine (minute|woche|stunde)|nicht) (mehr|länger)",
          "(das|dies|es|die zahlung) kann nicht (mehr|länger) warten",
          "(wir|ich) (können|kann|werden|werde) nicht (mehr|länger) warten",
          "hören sie auf,? (uns )?(hinzuhalten|zu vertrösten|zu verzögern|auszuweichen|ausreden zu (suchen|finden))",
          "ohne (weitere |jede |weiteren |neue |irgendwelche )?(ausreden|ausflüchte)",
          "(das ist |dies ist )?(keine bitte|keine anfrage) mehr",
          "(zum letzten mal|ein letztes mal)~ (fordern|frage|fragen|bitte|bitten|fordere)",
          "(ihre|deine) (probleme|gründe|schwierigkeiten)~ (interessieren|interessiert|kümmern) (mich|uns) nicht",
          "(ist|sind) (mir|uns) (egal|gleichgültig)",
          "(?<=, ?)punkt(?= ?[.!]|$)",
          "egal was passiert",
          "das letzte mal,? dass (ich|wir)~ (frage|fragen|bitte|bitten|nachfrage|nachfragen|erinnere|erinnern|auffordere|auffordern)",
        ],
        say: "wir würden uns über ein konkretes Datum freuen",
      },
    ],
    pt: [
      {
        match: [
          "(agora|hoje|já|imediatamente|de imediato|agora mesmo|hoje mesmo|esta semana|essa semana)[.,!;:—–-]? ?(e )?não (na semana que vem|semana que vem|na próxima semana|amanhã|no mês que vem|no próximo mês|depois|mais tarde|daqui a (uns|alguns|poucos) dias|na segunda|na sexta|quando (você|vocês) quiser(em)?)",
          "(insisto|insistimos)( em| no| na)? que~ (imediatamente|de imediato|hoje|já|agora|o quanto antes|sem demora|hoje mesmo|pag*|transfer*|quit*|depósit*|deposit*)",
          "(preciso|precisamos|quero|queremos|exijo|exigimos) (que )?(isso |isto |o pagamento |a transferência |o assunto |o valor )?(seja |esteja |fique )?(resolvid[oa]|solucionad[oa]|pag[oa]|feit[oa]|quitad[oa]|transferid[oa]|acertad[oa])~ (já|agora|agora mesmo|hoje|hoje mesmo|imediatamente|de imediato|o quanto antes|esta semana)",
          "(tem|têm|deve|devem|precisa|precisam) (que |de )?(ser |estar )?(resolv*|pag*|quit*|transfer*|acert*|solucion*)~ (já|agora mesmo|hoje mesmo|imediatamente|de imediato|sem demora)",
          "não (há|tem|temos|existe) outr[oa] (opção|maneira|forma|saída|alternativa|jeito|caminho)",
          "(ou|senão|caso contrário)~ não (há|tem) (mais )?(conversa|o que (conversar|falar|discutir))",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
        notBefore:
          "(?<!\\p{L})(se|podemos|poderíamos|posso|poderemos|conseguimos|pedimos|peço)(?!\\p{L})",
        notAfter: "^ (que|de|para)(?!\\p{L})",
      },
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
          "(preciso|precisamos|quero|queremos|espero|esperamos|exijo|exigimos) (d[oa] |o |a |meu |nosso |seu |sua )?(dinheiro|pagamento|transferência|valor|saldo|comprovante|depósito)~ (hoje|agora|já|hoje mesmo|até amanhã|amanhã de manhã|amanhã cedo|esta tarde|hoje à noite|no máximo amanhã|no mais tardar (hoje|amanhã))",
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
      {
        match: [
          "(façam|faça|mandem|mande|enviem|envie|paguem|pague|transfiram|transfira|depositem|deposite|quitem|quite)~ (agora|já|agora mesmo|imediatamente|hoje mesmo|de imediato|de uma vez)",
          "(depositem|deposite|efetuem|efetue|realizem|realize|tratem|trate|resolvam|resolva|quitem|quite)~ (hoje|ainda hoje|agora|agora mesmo|hoje mesmo|já|imediatamente)",
          "(paguem|pague|transfiram|transfira|depositem|mandem)~ o quanto antes",
          "(vocês|você) (precisam|precisa|têm que|tem que|têm de|tem de) (pagar|transferir|quitar|depositar)~ (hoje|agora|até amanhã|ainda hoje|já)",
          "nem mais um dia",
          "(respondam|responda|me respondam|mandem|mande|enviem|envie|paguem|transfiram)~ (hoje|agora|agora mesmo|hoje mesmo|já|imediatamente)",
          "(vocês têm|você tem|têm|tem) até (hoje|amanhã|as \\d{1,2}|às \\d{1,2}|o meio-dia|o fim do dia)~ para (pagar|transferir|quitar|responder|enviar)",
          "(pagamento|dinheiro|transferência|valor|saldo)~ (tem que|tem de|deve|precisa)~ (hoje|agora|amanhã|até amanhã|amanhã cedo|hoje mesmo|de imediato|imediatamente)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
        notBefore:
          "(pedimos|peço|agradece*|poderia|poderiam|favor de|(?<!\\p{L})(se|que)(?!\\p{L}))",
        notAfter: "^ ?(que|foi|está|estão|temos|recebemos|fizemos)(?!\\p{L})",
      },
      {
        match: [
          "não (dá|podemos|posso|vamos|vou|temos como) mais (para |pra )?esperar",
          "não (dá|podemos|posso|vamos|vou|temos como) (para |pra )?esperar mais",
          "(isso|isto|o pagamento|este assunto) não pode (mais )?esperar",
          "(pare|parem|chega) de (enrolar|enrolação|nos enrolar|me enrolar|empurrar com a barriga|adiar)",
          "sem (nenhuma |outras |mais )?(desculpas|justificativas|enrolação)",
          "(é a )?última vez que (eu |nós )?(peço|pedimos|pergunto|perguntamos|cobro|cobramos)",
          "(isto|isso) não é mais um pedido",
          "não (me|nos) interessa(m)? (os seus|os teus|os vossos|seus|os) (problemas|motivos)",
          "(pouco me importa|não quero saber)",
          "(paguem|pague) primeiro",
          "(quero|queremos|espero|esperamos) ver (o|meu|nosso|esse) (dinheiro|pagamento|valor|saldo)~ (hoje|amanhã|já|agora)",
          "(?<=, ?)e ponto(?= ?[.!]|$)",
          "aconteça o que acontecer",
        ],
        say: "agradeceríamos uma data concreta",
      },
    ],
    ru: [
      {
        match: [
          "(сейчас|сегодня|немедленно|сразу|на этой неделе|прямо сейчас|сегодня же)[.,!;:—–-]? ?(а )?не (завтра|на следующей неделе|через неделю|в следующем месяце|потом|позже|через (пару|несколько) дней|в понедельник|в пятницу|когда (вам|вы) (удобно|захотите))",
          "(я настаиваю|мы настаиваем)~ (немедленн*|сегодня|сразу|оплат*|перевод*|платеж*|погашени*)",
          "(должно|должна|должен|должны|нужно|надо|необходимо|обязаны)~ (решить|решено|решена|оплатить|оплачено|оплачен|оплачена|закрыть|закрыто|закрыт|погасить|погашен*|перевести|переведен*|сделать|сделано|урегулировать)~ (немедленно|сегодня|сейчас|сразу|прямо сейчас|сегодня же)",
          "(немедленно|сегодня же|прямо сейчас|незамедлительно)~ (решить|решен*|оплатить|оплачен*|закрыть|перевести|погасить|урегулировать)",
          "(другого|иного) (варианта|выхода|пути|выбора) (нет|не будет|у вас нет)",
          "(иначе|по-другому|по-другому) (никак|не будет|не получится)",
        ],
        say: "подскажите, пожалуйста, когда сможете произвести оплату?",
        notBefore:
          "(?<!\\p{L})(если|мы можем|можем|сможем|могли бы|я могу|нам|мне|просим|прошу|пожалуйста)(?!\\p{L})",
      },
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
      {
        match: [
          "(переводите|платите|оплачивайте|перечисляйте|гасите|рассчитывайтесь|сделайте|отправляйте|высылайте|оплатите|переведите|перечислите)~ (сейчас|немедленно|срочно|сейчас же|сегодня же|прямо сейчас|тотчас)",
          "(платите|оплачивайте|переводите|оплатите|переведите|перечислите|погасите|рассчитайтесь)~ наконец",
          "(хочу|хотим|ждём|жду) (видеть|увидеть) (деньги|оплату|платёж|перевод|средства)~ (сегодня|завтра|сейчас|немедленно)",
          "(?<=(^|[.!?:;\\n])\\s{0,3})(платите|оплачивайте|переводите|перечисляйте) (сегодня|сейчас|немедленно|срочно)",
          "(ответьте|пришлите|вышлите|отправьте|оплатите|переведите)( мне| нам)?~ (сегодня|сейчас|немедленно|прямо сейчас|сейчас же|сегодня же)",
          "у вас (есть )?(время )?до (сегодня|завтра|вечера|\\d{1,2}(:\\d\\d)?)~ (чтобы|на) (оплат*|перев*|погас*|ответ*)",
          "(оплата|деньги|платёж|перевод|сумма|средства)~ (должна|должны|должен|обязана|обязаны)~ (сегодня|завтра утром|до завтра|к завтрашнему|немедленно|сейчас)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
        notBefore: "(просим|прошу|не могли бы|(?<!\\p{L})если(?!\\p{L}))",
      },
      {
        match: [
          "ждать (больше|дальше|дольше) (нельзя|не можем|не будем|не станем|невозможно|не могу|не буду)",
          "(мы |я )?(больше )?не (можем|будем|могу|буду|станем) (больше |дальше )?ждать",
          "(это|вопрос|оплата) не (может|терпит) (больше )?(ждать|отлагательств*)",
          "(хватит|довольно|перестаньте|прекратите) (тянуть|медлить|затягивать|морочить|водить нас за нос|кормить)",
          "без (лишних |дальнейших |новых |каких-либо )(отговорок|оправданий)",
          "(в )?последний раз (прошу|просим|напоминаю|спрашиваю|требуем|требую)",
          "это (уже )?не просьба",
          "ваши (проблемы|трудности|причины|сложности)~ (меня|нас) не (касаются|волнуют|интересуют)",
          "(мне|нам) (всё|все) равно",
          "сначала (оплата|оплатите|деньги|платите)(,)? (потом|затем)",
          "и точка",
          "(во что бы то ни стало|любой ценой)",
        ],
        say: "будем признательны за конкретную дату",
      },
    ],
    ar: [
      {
        match: [
          "(حالا|فورا|الآن|اليوم|النهارده|النهاردة|دلوقتي|الحين|هذا الأسبوع)[،,.]? ?(و)?(مش|ليس|لا|وليس|مو|ما هو|مب) ?(الأسبوع|بكرة|بكره|غدا|بعد بكرة|الشهر|بعدين|لاحقا|بعد أيام|يوم الجمعة|الجمعة)",
          "(لازم|لا بد|لابد|يجب)~ (حالا|فورا|دلوقتي|الحين|في الحال|على طول|على الفور|النهارده|النهاردة)",
          "(أصر|نصر|أنا مصر|إحنا مصرين|نحن مصرون) (على|إن|ان|أن)~ (فورا|حالا|اليوم|الآن|الدفع|التحويل|السداد|تدفعوا|تحولوا|تسددوا)",
          "(مفيش|مافي|ما في|ما فيه|لا يوجد|ليس هناك|لا) (كلام|حديث|نقاش|كلام تاني|حل|خيار|طريقة) (تاني|ثاني|آخر|غير كده|غير هذا|بعد كده)",
          "(?<!\\p{L})يا (الفلوس|المبلغ|الدفعة|الدفع|التحويل|السداد|تدفعوا|تحولوا|تسددوا|الحساب)",
          "(إما|اما) (أن )?(تدفعوا|تحولوا|تسددوا|الدفع|التحويل|السداد|يصل المبلغ|المبلغ)~ (أو|او|وإلا)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
        notBefore: "(يرجى|نرجو|الرجاء|رجاء|إذا|لو|نستطيع|يمكننا|سنقوم|سوف)",
      },
      {
        match: [
          "(?<!\\p{L})[وف]?(ادفعوا|سددوا|حولوا|قوموا بالدفع|قوموا بالسداد|قوموا بالتحويل)~ (فورا|حالا|على الفور|في الحال|اليوم بالذات|دون تأخير|بدون تأخير|بلا تأخير|دون أي تأخير|(?<!حتى )الآن)",
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
          "(أحتاج|نحتاج|أريد|نريد|أنتظر|ننتظر|أتوقع|نتوقع|أطلب|نطلب) (إلى )?(المبلغ|المال|الدفع|الدفعة|التحويل|السداد|الأموال|أموالنا|إيصال التحويل|المبلغ كاملا)~ (اليوم|الآن|غدا|صباح الغد|فورا|حالا|هذا المساء|الليلة|(على أقصى تقدير|في موعد أقصاه) (اليوم|غدا|الليلة|صباح الغد|هذا المساء))",
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
      {
        match: [
          "(?<!\\p{L})[وف]?(ادفعوا|سددوا|حولوا|أرسلوا|ارسلوا|قوموا بالتحويل|قوموا بالدفع|قوموا بالسداد)~ (اليوم|(?<!حتى )الآن|فورا|حالا)",
          "(يجب|لا بد|لابد) (أن )?(يصل|يتم|تصل|يكون)~ (اليوم|غدا|الآن|فورا)",
          "(?<!\\p{L})[وف]?(ردوا|أجيبوا|أرسلوا|ارسلوا|ابعثوا|ادفعوا|سددوا|حولوا|حوّلوا|حول|حوّل|ادفع|سدد)( علي| علينا| لي| لنا)?~ (اليوم|(?<!حتى )الآن|فورا|حالا|النهارده|النهاردة|دلوقتي|الحين|بسرعة)",
          "(عليكم|عليك) (أن|ان) (تدفعوا|تحولوا|تسددوا|تدفع|تحول|تسدد)~ (اليوم|الآن|فورا|حالا|النهارده|دلوقتي|الحين|غدا|بكرة)",
          "لازم (المبلغ|الفلوس|الدفعة|التحويل)? ?(تدفعوا|تحولوا|تسددوا|الدفع|التحويل|السداد|ندفع|يوصل|يصل|توصل)~ (اليوم|الآن|فورا|حالا|النهارده|دلوقتي|الحين|بكرة|بكره)",
          "(نبي|أبي|ابي|عايزين|عايز|نبغى|أبغى|بدنا|بدي) (المصاري|الفلوس|فلوسنا|المبلغ|الدفعة|التحويل)~ (اليوم|الآن|الحين|النهارده|دلوقتي|بكرة|بكره)",
          "(أمامكم|لديكم) (حتى|لغاية)~ (للدفع|للسداد|للتحويل|لتدفعوا|لتسددوا)",
          "(نطلب|أطلب|نريد|أريد|نطالب|نحتاج|أحتاج)( منكم| منك)? (إلى )?(المبلغ|الدفع|السداد|التحويل|الدفعة|المال|الأموال)~ (خلال|في غضون) (ساعة|ساعتين|\\d{1,2} ساعات|\\d{1,2} ساعة|يوم واحد)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
        notBefore: "(يرجى|نرجو|الرجاء|رجاء|السلام|سنقوم|سوف)",
      },
      {
        match: [
          "(بدون|دون|بلا) (أي |أية )?(أعذار|اعذار|مماطلة|تسويف|حجج|مبررات)",
          "(لا|لن) (يمكننا|نستطيع|نقبل|يمكن|أستطيع) (الانتظار|أن ننتظر) (أكثر|أطول|بعد الآن|يوما آخر)",
          "لن (ننتظر|أنتظر) (أكثر|أطول|بعد الآن|يوما آخر)",
          "(الأمر|هذا|الموضوع|الدفع) لا (يحتمل|يقبل) (التأجيل|الانتظار|المزيد من التأخير)",
          "(توقفوا|كفوا) عن (المماطلة|التسويف|التأجيل|التهرب|الأعذار|اختلاق الأعذار)",
          "(آخر|اخر) مرة (نطلب|أطلب|نسأل|أسأل|نطالب|أطالب)",
          "(هذا|هذه) (لم يعد|ليس|ليست) (طلبا|رجاء)",
          "(مشاكلكم|ظروفكم|أعذاركم)~ (لا تعنيني|لا تعنينا|لا تهمني|لا تهمنا)",
          "(ادفعوا|سددوا) (أولا|اولا)",
          "(، ?)(وانتهى|وخلاص)(?=[.!]|$)",
          "(كفاية|كفى|بس) (مماطلة|تأخير|تأجيل|أعذار|اعذار|تسويف)",
          "(ولا|لا|مش|مفيش) (يوم|ساعة) (زيادة|إضافي|واحد زيادة)",
          "مفيش (تأجيل|أعذار|اعذار|مماطلة)",
        ],
        say: "نكون ممتنين لو حددتم لنا تاريخا واضحا",
      },
    ],
  },
};
