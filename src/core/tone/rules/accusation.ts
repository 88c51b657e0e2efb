import type { BuyerLanguage } from "../../text/language";
import type { PatternFamily, ToneRule } from "../rule";
import { CONDITION, HEDGES_EN } from "./hedges";

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

// Round 2: general structures rather than phrasings. The buyer (or their side) as the one
// who holds, drags or lets the invoice lapse; a judgement word said of the delay or of them;
// "on your side, nothing was kept".
const YOU_EN =
  "(you|u|you guys|your company|your side|your team|your firm|your office|your accounts? (team|department)|your finance (team|department)|your boss|your accountant)('ve|'re|'d|'s)?";
const JUDGE_EN =
  "(unacceptable|unprofessional|irresponsible|disrespectful|inexcusable|outrageous|disgraceful|shameful|intolerable|ridiculous|not acceptable|not fair( dealing| play)?|not professional|not serious|not respectful|no way to (do business|work|treat (a partner|partners|us)))";
const JUDGE_FR =
  "(inadmissible|inacceptable|intolérable|scandaleux|scandaleuse|honteux|honteuse|irrespectueux|irrespectueuse|irresponsable|inqualifiable|pas acceptable|pas admissible|pas sérieux|pas professionnel|pas correct|pas normal|pas respectueux|pas une façon de (travailler|faire))";
const JUDGE_ES =
  "(inaceptable|intolerable|inadmisible|indignante|vergonzoso|irresponsable|irrespetuoso|poco profesional|poco serio|nada profesional|nada serio|una falta de respeto|una vergüenza|no es serio|no es aceptable|no es profesional|no es de recibo|no es forma de (trabajar|tratar))";
const JUDGE_PT =
  "(inaceitável|inadmissível|intolerável|vergonhos[oa]|irresponsável|desrespeitos[oa]|pouco profissional|nada profissional|pouco sério|um absurdo|uma falta de respeito|um desrespeito|não é sério|não é aceitável|não é profissional|não é (forma|maneira|jeito) de (trabalhar|tratar))";
const JUDGE_DE =
  "(inakzeptabel|unakzeptabel|nicht akzeptabel|nicht hinnehmbar|unprofessionell|unverschämt|unzumutbar|respektlos|verantwortungslos|unseriös|eine frechheit|eine zumutung|nicht in ordnung|nicht seriös|nicht fair|kein fairer umgang|kein stil|kein umgang)";
const JUDGE_RU =
  "(недопустим*|неприемлем*|возмутительн*|непрофессиональн*|безответственн*|неуважительн*|несерьёзн*|непорядочн*|безобрази*|не по-партнёрски|не по-деловому|неуважение)";

const MORE: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        `${YOU_EN} (have |has |had |are |is |were |was )?(been )?(sitting on|holding on to|holding onto|holding back|dragging out|dragging (your|their|its) feet on|stringing us along|putting us off|stalling on|stalling) (this|the|our|my|that|us|it)?`,
        `${YOU_EN} (have |has |had )?(let|left|allowed) (this|the|our|my|another|a second|a third)? ?(invoice|payment|bill|balance|amount) (go |become |run |fall )?(overdue|unpaid|past due|lapse|slide)`,
        `${YOU_EN} (have |has |had )?(kept|keep|keeps) (us|me) waiting`,
        "(on|from) your (side|end|part),? (nothing|none of|not one|not a single)",
      ],
      say: "the payment is taking longer than planned",
      notBefore: CONDITION.en,
    },
    {
      match: [
        `(is|was|are|were|been|be|remains|becomes|seems|'s)~,? ${JUDGE_EN}`,
        "(unprofessional|irresponsible|disrespectful|inexcusable|unacceptable) (of you|of your (company|side|team)|behaviou?r|attitude|conduct|way|treatment)",
        "(this|that|it) is (just |simply |really |frankly )?not (how|the way) (we|partners|business|one) (work|works|do business|treat)",
      ],
      say: "this delay puts us in a difficult position",
      notBefore: CONDITION.en,
      notAfter:
        "^ ?(for|to) (our|the|your|their) (bank|customs|port|authorities|insurer|insurance|auditors?|system|forwarder|buyer|client|shipping line)",
    },
    {
      match: [
        `${YOU_EN} (have |has |had )?(once again |yet again |once more |again |repeatedly |completely |simply |just |clearly )?(ignored|missed|disregarded|overlooked|skipped|broken|breached|violated)~ (terms|deadline|deadlines|due date|payment date|agreement|promise|promises|reminders?|emails?|messages?|calls?|commitments?|schedule|contract)`,
        `${YOU_EN} (still )?(has not|hasn't|have not|haven't|had not|hadn't|did not|didn't|never) (even |yet )?(kept|honou?red|respected|met|followed|paid|answered|replied|responded|confirmed)`,
        `${YOU_EN} (do not|don't|does not|doesn't|never) (even )?(reply|answer|respond|respect|honou?r|keep (your|their|its|the|any) (word|promises?|deadlines?))`,
        `${YOU_EN} (had |have |has )?(promised|assured (us|me)|told (us|me)|said|confirmed|committed|swore)[^.!?;\\n]{0,60}(but|and|yet)[^.!?;\\n]{0,20}(nothing|no payment|no money|not a cent|it never|never|still no|still nothing|again nothing)`,
        `${YOU_EN} (were|was) supposed to (pay|send|transfer|settle|reply|confirm|wire)`,
        `${YOU_EN} (keep|keeps|kept) (promising|saying|telling us|assuring us)~ (but|and|yet) (never|nothing|no)`,
        `${YOU_EN} (is |are |'re )?(clearly |simply |just |obviously |still )?not taking (this|it|us|our|the|my)~ seriously`,
        `${YOU_EN} (took|received|have received|has received|sold|got|collected|picked up) (the|our|all the|all our)~ (goods|cargo|shipment|containers?|order|products)[^.!?\\n]{0,30}(but|yet|and)[^.!?\\n]{0,20}(not|never|no|nothing|still)`,
        "(postpone|postpones|postponed|postponing|delay|delays|delaying|push|pushes|pushing|move|moving)~ (with|using|giving|citing) (new|fresh|more|another|different|the same|yet another) (excuses?|reasons|stories|pretexts?)",
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: CONDITION.en,
    },
    {
      match: [
        `${YOU_EN} (always |again |once again |repeatedly |constantly )?(pay|pays|paid|have paid|has paid|are paying|is paying) (late|too late|behind schedule|after the (due )?date|past the due date|out of terms)`,
        `${YOU_EN} (are |is |keep |keeps |have been |has been )?(treating|treat|treats|using|use|uses) (us|our company|your suppliers|suppliers|our money|our funds) (like|as) (a|your|an|free)`,
        `${YOU_EN} (have |has )?(left|kept) (us|me) (in the dark|without (any |a )?(news|answer|reply|word|update|information|payment))`,
        `${YOU_EN} (have |has |had )?(just )?(disappeared|vanished|gone silent|went silent|go silent|goes silent|disappear|vanish)`,
        `${YOU_EN} (have|has|show|shows|showed|are showing) (no|zero|little) (respect|consideration|regard) for`,
        "(abusing|abused|abuse|taking advantage of|took advantage of|exploiting|exploited|stretching) (our|my) (trust|patience|goodwill|flexibility|kindness|good will)",
        "(should|ought to) have (been paid|paid|been settled|settled|arrived|reached us|been (with|in) (us|our account))~ (weeks|months|long|ages) ago",
        "(always|every time|each time) the same (story|thing|problem|game) with (you|your company|your side)",
      ],
      say: "the payment is taking longer than planned",
      notBefore: CONDITION.en,
    },
    {
      match: [
        "(nobody|no one|no-one|none of you) (in|at|from|on) your (company|team|office|side|firm|end|department)~ (answers|replies|responds|bothers|cares|pays|picks up|calls back|gets back)",
        "(emails?|e-mails?|calls?|messages?|reminders?|letters?|phone calls)~ (go|goes|went|remain|remained|stay|stayed|are left|were left|have gone|have remained|keep going) (unanswered|ignored|without (a |any )?(reply|answer|response))",
        "the least you (could|can|should) (do|have done) is",
        `${YOU_EN} (is |are |'re )?not doing (its|their|your|his|her) job`,
        "(not|no|hardly) (the |a )?way to (treat|deal with) (a |your |an |long-term |loyal |reliable )?(supplier|partner|us)",
        "your (delay|late payment|lateness|silence|non-payment|payment delay|delays)~ (has |have |is |are )?(cost|costing|caused|causing|forced|forcing|hurt|hurting|damaged|damaging|put|putting)",
        "(seem|seems) to (think|believe) (that )?(our|the|my) (invoices?|payments?|payment terms|terms|deadlines?|due dates?)~ (optional|negotiable|a suggestion|don't matter|do not matter)",
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: CONDITION.en,
    },
    {
      match: [
        "(silence|no (news|word|reply|answer|response|reaction|feedback)) (at all )?from (you|your (side|company|team|end|office))",
        "(received|got|heard|had) (no|not a single|not one|zero|not any|absolutely no) (answer|reply|response|word|news|reaction|feedback)( (at all|whatsoever|from (you|your (side|company|team))))",
        `${YOU_EN} (have |has |had )?(simply |just |suddenly |completely |then )?(stopped|stop|stops) (responding|replying|answering|paying|communicating|taking (our|my) calls|picking up)`,
        `${YOU_EN}~ (does not|doesn't|do not|don't|never|did not|didn't) (seem to |even )?(care|bother)`,
        "(received|got|took|taken|sold|collected|picked up)~ (goods|cargo|shipment|containers?|products)[^.!?\\n]{0,50}((we are|we're|we) still waiting|(but|yet) (not|never|no|nothing|still))",
        "(goods|products|containers?|cargo)~ (sold|resold|on (your|the) shelves|in your (shop|store|warehouse|stores|shops))[^.!?\\n]{0,40}(unpaid|not (been )?paid|no payment|still waiting|nothing)",
        "(payment|money|transfer|balance)~ (is |remains |was )?nowhere to be (seen|found)",
        "(we|our (side|company|team))~ (delivered|shipped|kept|did|fulfilled|honou?red|respected|met|performed|produced|sent)[^.!?\\n]{0,50}(but|while|whereas|yet|;|,) (you|your (side|company|team)|yours|on your side)('ve|'re)?( (have|has|had|did|do|does|are|is|still|simply|just))? ?(not|never|nothing|didn't|haven't|hasn't|don't|doesn't|still (not|nothing|outstanding|unpaid|missing)|outstanding)",
        "(not|isn't) how (business|trade|a partnership|partnerships|partners|cooperation|we|serious companies) (works?|is done|do business|behave)",
        "(it's|it is) (always )?the same (story|thing|problem|song) (with (you|your)|every (time|month))",
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: CONDITION.en,
    },
    {
      match: [
        "(lack|absence|complete lack|total lack) of (respect|professionalism|seriousness|commitment|courtesy|consideration|communication|transparency|responsibility|reliability|accountability)",
        "(has|have|had)( still| yet again| once again| again| repeatedly| simply)? (not|never)( yet| even)? (paid|settled|transferred|remitted|replied|responded|answered|kept|honou?red|respected)",
        "(has|have|had) (once again |again |yet again |repeatedly |simply |clearly )?(failed|neglected|refused) to (pay|settle|transfer|remit|reply|respond|answer|honou?r|respect|keep|meet|comply)",
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: `(?<!\\p{L})(${HEDGES_EN}|we|i|our bank|the bank)(?!\\p{L})`,
    },
    {
      match: [
        "how (can|could|dare|do) (you|your company|your team)( possibly| really| seriously| even| still)? (keep|expect|ignore|treat|sell|ask|justify|explain|not|refuse|delay|say|claim|continue|think)",
        "how (is it|was it) (possible|acceptable|normal) that (you|your company|your side|your team|the payment|the invoice|payment|our invoice)",
        "(is|was) this how (you|your company|your team) (treat|do business|work|pay|deal|handle|respect)",
        "what kind of (partner|company|business|buyer|customer|partnership|way)",
        "why (do|does|did|would) (you|your company|your team) (always|never|keep|constantly|still|again|repeatedly)",
        "(is|are|was|were|been|find (this|it)|finds? (this|it))~ (very |extremely |deeply |really |most |quite )?(disappointing|unfair|unreasonable|frustrating|annoying|insulting|embarrassing)",
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: CONDITION.en,
    },
    {
      match: [
        "(giving|give|gave|given) (us|me) the run-?around",
        "(playing|play|played) (games|dumb|innocent|for time|hide and seek) (with (us|me))?",
        "(leaving|leave|left) (us|me) (hanging|high and dry|in the lurch|out in the cold)",
        "(moving|move|moved|keep moving) the goal-?posts",
        "(passing|pass|passed) the buck",
        "(taking|take|took|taken) (us|me) for (a ride|fools|granted)",
        "(kicking|kick|kicked) the can down the road",
        "(pretend|pretending|pretended|act|acting|acted) (not to|as if|as though|like) (you|your company|know|have|see|receive|nothing|there)",
        "(turn|turning|turned) a deaf ear",
        "(bury|burying|buried) (your|their|its) head in the sand",
      ],
      say: "the payment is taking longer than planned",
      notBefore: CONDITION.en,
    },
    {
      match: [
        `${YOU_EN} (have |has |had )?(unilaterally |simply |just |arbitrarily |again )?(deducted|withheld|short-paid|underpaid|kept back|cut)( \\S{1,15})? (from|of) (the|our|my) (payment|invoice|amount|balance)`,
        `${YOU_EN} (have |has |had )?(invented|made up|fabricated|created)~ (a|the|this|another|some) (claim|complaint|problem|issue|quality (claim|issue|problem)|excuse|reason)`,
      ],
      say: "the payment has not yet followed the schedule we agreed",
      notBefore: CONDITION.en,
    },
  ],
  zh: [
    {
      match: [
        `${YOU_ZH}${ADV_ZH}(这笔|这次|这张|的)?(货款|款|款项|发票)?(拖了|拖欠|一拖再拖|拖着)`,
        `${YOU_ZH}${ADV_ZH}(一条|一封|一个字|一句话|一次|一分钱|一个电话|一条消息|一条信息)(都|也)(没有|没|不|未)(回|回复|答复|付|给|理|接)`,
        `(责任|错)(全|完全|都|全部)?(在|是)${YOU_ZH}`,
        "(别|不要|请别|请不要)(再)?(往|把责任|把问题)…(身上推|推给|推到)",
        "(推卸责任|甩锅|找各种理由拖|找借口拖)",
      ],
      say: "我们暂时还没有收到这笔款项",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        "(做法|行为|态度|这样做)…(没法|没办法|无法|不能|难以|实在难以)(接受|容忍)",
        "(太|很|真|实在|非常|极其|也太|真是太)不(尊重人|尊重我们|尊重|专业|负责任|负责|讲信用|守信用|讲诚信|地道|厚道)",
        "(也太|太|实在太|真是太)过分(了)?",
        "(不讲诚信|没有诚信|毫无诚信|言而无信|说话不算数|说话不算话)",
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        `${YOU_ZH}${ADV_ZH}(不|没有|没|未|从不|从来不|从没|从未)(遵守|履行|兑现|信守|按照|按|守)…(期限|账期|日期|时间|付款期|约定|承诺|合同|条款|规矩)`,
        `${YOU_ZH}(说|说过|说好|讲|讲好|答应|承诺|保证)[^。！？\\n]{0,30}(结果|但是|可是|却|但)[^。！？\\n]{0,15}(没|未|什么都没有|还是没|一分钱)`,
        "(找|编|拿)…(借口|理由|托词)…(推迟|拖延|拖|延迟|不付|推)",
        "(又|总是|每次|每周|一再|屡次|一次次|老是)(推迟|拖延|延迟|往后推)(付款|打款|汇款)",
      ],
      say: "付款和我们约定的安排有些出入",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        `${YOU_ZH}(每次|总是|老是|又|一再|经常)?(都)?(晚|迟|延迟|逾期|超期)(付|付款|支付|打款|汇款)`,
        `(把|拿)(我们|我司|我方)(当|当成|当作)(银行|提款机|冤大头|免费的?(银行|贷款))`,
        `${YOU_ZH}…(消失|失联|玩消失|不见人|人间蒸发|音讯全无|杳无音信)`,
        `${YOU_ZH}…(不尊重|毫不尊重|一点都不尊重|一点也不尊重)`,
        "(利用|消耗|透支|滥用)(我们|我)的(信任|耐心|好意|善意|宽容)",
        `(早就|早该|几周前就|几个月前就)(应该|该)(付|付款|到账|结清)`,
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        `(${YOU_ZH}|你们公司|贵公司)…(没有人|没人|谁都不|谁也不|一个人都不)(回|理|接|回复|管|答复)`,
        "(邮件|电话|消息|信息|微信)(都|全都|全部|一直)?(没人|没有人|无人)(回|接|理|回复)",
        "(至少|起码|最起码)…(应该|该|得|也要)(按时|准时)?(付款|回复|回个|付)",
        "(哪有|没有|哪里有)这样(做生意|对待|合作)的",
        "(这|这样)(不是|哪是)(做生意|合作|对待供应商)的(方式|态度|样子)",
      ],
      say: "付款和我们约定的安排有些出入",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        "(缺乏|毫无|没有一点|一点都没有|没有任何|完全没有|太缺乏)(尊重|专业精神|专业性|诚信|责任心|责任感|契约精神|沟通|信用)",
        "(不专业|不负责任|没有契约精神|不讲信用|不守信用)",
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        `${YOU_ZH}(怎么|怎能|怎么能|怎么可以|凭什么|好意思)`,
        `(这|这就)是${YOU_ZH}(对待|做生意|合作)的(方式|态度)`,
        "(什么样的|哪有这样的|这算什么)(合作伙伴|客户|公司|合作|做法)",
        "(让人|令人|真让人|非常|很)(失望|寒心|心寒)",
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
    {
      match: [
        "(踢皮球|装傻|装糊涂|装聋作哑|打太极|推三阻四|一推再推|一拖再拖|敷衍了事|敷衍我们|敷衍|糊弄|忽悠|耍我们|耍人|玩消失|当没看见|装没看见|假装没看到|拖字诀|东拉西扯|推来推去|互相推诿|推诿)",
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
  ],
  es: [
    {
      match: [
        "(ustedes|usted|vosotros|su empresa|vuestra empresa|su equipo)~ (nunca|jamás|no) (contesta|contestan|contestáis|responde|responden|respondéis|paga|pagan|pagáis|cumple|cumplen|cumplís|atiende|atienden|devuelve|devuelven)",
        "nunca (contestan|contestáis|responden|respondéis|pagan|pagáis|cumplen|cumplís)",
        "(dejan|dejáis|dejó|dejaron|dejasteis|han dejado|ha dejado|habéis dejado|deja) (vencer|caducar|pasar el plazo|sin pagar|pendiente)",
        "(nos |me )?(tienen|tiene|tenéis|han tenido|habéis tenido) (esperando|dando largas|dando vueltas)",
        "(nos |me )?(están|estáis|está) (dando largas|toreando|mareando)",
        "(por su parte|de su parte|por parte de ustedes|de parte de ustedes|por vuestra parte),? (nada|ningún|ninguna|ni un|no se ha)",
      ],
      say: "todavía no hemos recibido el pago",
      notBefore: CONDITION.es,
    },
    {
      match: [
        `(es|son|resulta|fue|ha sido|parece|me parece|nos parece)~ ${JUDGE_ES}`,
        "(lo que|cómo|como) (han|habéis|ha) hecho~ (no es|es) (serio|aceptable|profesional|normal|inaceptable|de recibo)",
        `(demora|retraso|actitud|comportamiento|silencio|forma de (actuar|trabajar)|manera de (actuar|trabajar))~ ${JUDGE_ES}`,
      ],
      say: "este retraso nos pone en una situación difícil",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "(han|ha|habéis|has|volvieron|volvió|vuelven|vuelve|volvéis) (vuelto )?a (ignorar|incumplir|retrasar|aplazar|no pagar|no contestar|no responder|saltarse|saltar)",
        "(usted|ustedes|vosotros|su empresa|vuestra empresa)~ (nunca|jamás|no) (respeta|respetan|respetáis|honra|honran) (los|las|el|la|nuestros|nuestras|sus)",
        "(una )?(irresponsabilidad|tomadura de pelo|falta de seriedad|falta de formalidad)",
        "(aplaza|aplazan|aplazáis|pospone|posponen|posponéis|retrasa|retrasan|retrasáis)~ (con|con otra|con nuevas|con más|con otras) (excusas?|pretextos?)",
        "(aplaza|aplazan|aplazáis|pospone|posponen|retrasa|retrasan) (el pago|los pagos|la transferencia)~ (cada semana|cada vez|una y otra vez|otra vez|de nuevo|siempre)",
        "(prometieron|prometió|prometisteis|aseguraron|aseguró|dijeron|dijo)[^.!?;\\n]{0,60}(y|pero)[^.!?;\\n]{0,20}(no llegó nada|nada|nunca|ni un|todavía no|aún no)",
      ],
      say: "el pago no ha seguido el calendario que acordamos",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "(ustedes|usted|su empresa|vosotros)~ (pagan|paga|pagáis|pagó|pagaron|han pagado|ha pagado) (tarde|con retraso|fuera de plazo|fuera de fecha)",
        "(nos|me) (tratan|trata|tratáis|usan|usa|utilizan|utiliza) como (un banco|su banco|una financiera|financiación gratis)",
        "(nos|me) (han|ha|habéis) dejado (sin (noticias|respuesta|información)|a oscuras|colgados|tirados)",
        "(ustedes|usted|su empresa)~ (han desaparecido|ha desaparecido|desaparecieron|desapareció|desaparecen|desaparece)",
        "(abusando|abusan|abusa|abusáis|abusaron|aprovechándose|se aprovechan|se aprovecha) de (nuestra|mi) (confianza|paciencia|buena fe|flexibilidad|buena voluntad)",
        "(no tienen|no tiene|no tenéis|ningún|ninguna|cero) (ningún )?respeto (por|hacia)",
        "(siempre|cada vez) (es )?la misma (historia|canción|película) con (ustedes|usted|su empresa|vosotros)",
      ],
      say: "el pago está tardando más de lo previsto",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "nadie (en|de) (su|vuestra) (empresa|oficina|equipo|departamento)~ (contesta|responde|coge|atiende|paga|se molesta)",
        "nadie (de ustedes|de su lado|de vuestro lado) (contesta|responde|coge|atiende|paga)",
        "(correos|llamadas|mensajes|recordatorios)~ (quedan|quedaron|siguen|se quedan|han quedado) sin (respuesta|contestar|responder)",
        "lo (mínimo|menos) que (podrían|podría|podríais|pueden|puede) (hacer )?(es|sería)",
        "(no es|así no se|no son) (forma|manera|modo|formas|maneras) de (tratar|trabajar con) (a )?(un|una|sus|los)? ?(proveedor|socio|proveedores|socios|nosotros|nadie)",
        "así no se (trata|trabaja)",
        "(su|vuestro) (retraso|demora|impago|silencio)~ (nos )?(ha costado|está costando|nos cuesta|ha causado|está causando|ha obligado|nos obliga)",
      ],
      say: "el pago no ha seguido el calendario que acordamos",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "falta (total |absoluta |evidente )?de (comunicación|transparencia|responsabilidad|consideración|compromiso|formalidad|profesionalidad|profesionalismo|seriedad|respeto)",
      ],
      say: "este retraso nos pone en una situación difícil",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "¿? ?cómo (pueden|puede|podéis|pudieron|pudo|se atreven|se atreve) (ustedes |usted )?(quedarse|pedir|ignorar|tratar|justificar|vender|decir|seguir|no)",
        "¿? ?cómo es posible que (ustedes|usted|su empresa|todavía|aún|sigan|siga|no)",
        "(es|así es como) (así )?como (tratan|trata|tratáis) a (sus|los)",
        "qué (clase|tipo) de (socio|empresa|cliente|seriedad|forma)",
        "(muy |realmente |bastante )?(decepcionante|injusto|frustrante|indignante|lamentable)",
      ],
      say: "el pago no ha seguido el calendario que acordamos",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "(marear|mareando|marean) la perdiz",
        "(hacerse|se hacen|se hace|haciéndose|os hacéis|se hicieron) (el sueco|los suecos|el loco|los locos|el despistado|los despistados|el tonto)",
        "(echar|echan|echa|echando|echáis) (balones|pelotas) fuera",
        "(se lavan|se lava|lavarse|lavándose|os laváis) las manos",
        "(pasar|pasan|pasa|pasando|se pasan) la pelota",
        "(hacen|hace|hacer|haciendo|hacéis) oídos sordos",
        "(nos|me) (toman|toma|tomáis|están tomando|están tomando) el pelo",
        "(juegan|juega|jugando|jugáis) (con nosotros|con nuestra paciencia|al despiste)",
      ],
      say: "el pago está tardando más de lo previsto",
      notBefore: CONDITION.es,
    },
    {
      match: [
        "(no es|no son|no ha sido|nada) (serio|seria|aceptable|profesional|de recibo|normal)",
      ],
      say: "este retraso nos pone en una situación difícil",
      notBefore: CONDITION.es,
    },
  ],
  fr: [
    {
      match: [
        "(vous|votre société|votre entreprise|votre service|votre maison)~ (payez|paie|paye|réglez|règle|payent|paient|avez payé|a payé|avez réglé|a réglé) (hors délai|en retard|avec retard|toujours en retard|après l'échéance)",
        "(vous|votre société|votre entreprise)~ (laissez|laisse|avez laissé|a laissé) (traîner|passer l'échéance|en souffrance|impayée?s?)",
        "(vous|votre société|votre entreprise) (nous |me )?(faites|fait|avez fait|a fait) (traîner|attendre) (les choses|le paiement|le règlement|depuis)",
        "(vous )?(nous|me) (baladez|menez en bateau|faites tourner en bourrique|promenez)",
        "(de votre côté|de votre part|chez vous),? (rien n'a|rien n'est|rien ne|aucun engagement n'a|aucune promesse n'a|aucune échéance n'a)",
        "rien n'a été (respecté|tenu|honoré|réglé|payé)",
      ],
      say: "nous n'avons pas encore reçu le règlement",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        `(est|sont|était|serait|reste|devient|c'est|ce n'est|n'est)~ ${JUDGE_FR}`,
        `(retard|comportement|attitude|silence|façon de faire|manière de faire|manière d'agir)~ ${JUDGE_FR}`,
      ],
      say: "ce retard nous met dans une situation délicate",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        "vous (avez|aviez)~ (ignoré|négligé|bafoué|oublié|manqué)~ (conditions|échéances?|délais?|engagements?|promesses?|relances?|messages?|e-mails?|mails?|courriels?|appels?|accord|contrat)",
        "(vous|votre société|votre entreprise) (nous |m')?(aviez|avez|a|aviez bien|avait) (promis|assuré|garanti|confirmé|dit|juré)[^.!?;\\n]{0,60}(mais|et|or)[^.!?;\\n]{0,20}(rien|toujours rien|jamais|aucun|aucune)",
        "(repoussez|reportez|retardez|décalez|différez|repousse|reporte|retarde|décale)~ (avec|sous) (de nouvelles|des|d'autres|toujours de nouvelles|de nouveaux|un nouveau|une nouvelle) (excuses?|prétextes?|raisons)",
        "(vous )?(repoussez|reportez|retardez|décalez) (le paiement|le règlement|le virement)~ (chaque|toutes les|encore|sans cesse|à nouveau|une fois de plus)",
      ],
      say: "le règlement n'a pas suivi le calendrier convenu",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        "(vous|votre société|votre entreprise)~ (payez|paie|paye|payait|payiez|réglez|règle|avez payé|a payé) (tard|trop tard|avec retard|systématiquement en retard)",
        "(vous )?(nous|me) (traitez|traite|prenez|prend|utilisez|utilise) (comme|pour) (une|un|votre) (banque|organisme de crédit|financement)",
        "(vous )?(nous|m') (avez|aviez|a) laissés? (sans (nouvelles|réponse|information)|dans le flou|dans l'ignorance)",
        "(vous|votre société|votre entreprise)~ (avez disparu|a disparu|disparaissez|disparaît|faites le mort|fait le mort)",
        "(abusez|abuse|avez abusé|a abusé|profitez|profite|avez profité) de (notre|ma) (confiance|patience|bonne foi|flexibilité|souplesse|bienveillance)",
        "(aucun|aucune|pas de|peu de|pas le moindre) (respect|considération|égard) (pour|envers)",
        "(toujours|chaque fois|à chaque fois) la même (histoire|chanson|rengaine) avec (vous|votre société)",
      ],
      say: "le règlement prend plus de temps que prévu",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        "personne (chez vous|dans votre (société|entreprise|équipe|service)|de votre (côté|société|équipe)) ne (répond|daigne|rappelle|réagit|prend)",
        "(e-mails|mails|courriels|appels|messages|relances)~ (restent|sont restés|sont restées|demeurent|restés|restées) (sans réponse|lettre morte|ignorés|ignorées)",
        "la moindre des choses (serait|est|aurait été) (de|d')",
        "(ce n'est pas|pas|n'est pas) (une|la) (façon|manière) de (traiter|travailler avec)",
        "(on ne traite pas|on ne travaille pas) (ainsi|comme ça|de cette (façon|manière))",
        "(votre|ce) (retard|silence|impayé|défaut de paiement)~ (nous )?(coûte|a coûté|cause|a causé|oblige|a obligé|pénalise|a pénalisé)",
      ],
      say: "le règlement n'a pas suivi le calendrier convenu",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        "(manque|absence) (total |totale |flagrant |évident |complet |complète )?de (respect|professionnalisme|sérieux|considération|communication|transparence|rigueur|fiabilité|réactivité)",
        "n'(a|ont|avait|avaient) (toujours |encore |jamais |même )?(pas|jamais|rien) (encore |toujours |même )?(payé|réglé|versé|viré|répondu|honoré|respecté|tenu|donné suite|régularisé)",
      ],
      say: "nous n'avons pas encore reçu le règlement",
      notBefore:
        "(?<!\\p{L})(si|s'il|s'ils|au cas où|à moins que|sauf si|peut-être|dans le cas où|nous|je|banque)(?!\\p{L})",
    },
    {
      match: [
        "comment (pouvez-vous|osez-vous|avez-vous pu|votre société peut|est-il possible que vous|est-ce possible que vous|vous pouvez)",
        "est-ce (ainsi|comme ça|de cette (façon|manière)) que vous (traitez|travaillez|payez|respectez)",
        "quel (genre|type) de (partenaire|partenariat|société|client|sérieux)",
        "(très |vraiment |profondément |extrêmement )?(décevant|décevante|injuste|inadmissible|lamentable|désolant)",
      ],
      say: "le règlement n'a pas suivi le calendrier convenu",
      notBefore: CONDITION.fr,
    },
    {
      match: [
        "(faites|fait|faire|faisant|avez fait) la sourde oreille",
        "(bottez|botte|botter|bottant) en touche",
        "(jouez|joue|jouer|jouant) la montre",
        "(vous )?(renvoyez|renvoie|renvoyer) la balle",
        "(nous|me) (prenez|prend|prendre) pour (des|un|une) (imbéciles|idiots|pigeons|banquiers|banque)",
        "(faites|fait|faire|faisant) (semblant|comme si)",
        "(nous|me) (faites|fait) (tourner|patienter) (en bourrique|indéfiniment|depuis)",
      ],
      say: "le règlement prend plus de temps que prévu",
      notBefore: CONDITION.fr,
    },
  ],
  de: [
    {
      match: [
        "(sie|ihr) (antworten|reagieren|antwortet|reagiert|zahlen|zahlt|melden sich|meldet euch|rufen)~ (nicht|nie|niemals|gar nicht|überhaupt nicht|grundsätzlich nicht)",
        `(sie|ihr|ihre firma|ihr unternehmen|ihr haus|ihre buchhaltung)${GAP_DE} (hinhalten|hingehalten|hinhält|vertrösten|vertröstet|liegen lässt|liegen lassen|liegen gelassen|liegenlassen|hängen lassen|hängen gelassen|im stich lassen|im stich gelassen|verschleppen|verschleppt|auflaufen lassen)`,
        "(halten|haltet|hält) (sie|ihr) (uns|mich) (seit|immer|ständig|schon|nur)~ hin",
        "(von ihrer seite|ihrerseits|von ihnen|von euch),? (kam |wurde |ist )?(nichts|nicht einmal|keine einzige|kein einziges|kein)",
      ],
      say: "wir haben die Zahlung leider noch nicht erhalten",
      notBefore: CONDITION.de,
    },
    {
      match: [
        `(ist|sind|war|wäre|bleibt|wird)${GAP_DE} ${JUDGE_DE}`,
        `(verhalten|vorgehen|umgang|schweigen|verzug|verzögerung|zahlungsmoral)~ ${JUDGE_DE}`,
      ],
      say: "diese Verzögerung bringt uns in eine schwierige Lage",
      notBefore: CONDITION.de,
    },
    {
      match: [
        `(sie|ihr) (hatten|haben|habt)${GAP_DE} (zugesagt|versprochen|zugesichert|bestätigt|angekündigt)[^.!?;\\n]{0,40}(aber|und|doch)[^.!?;\\n]{0,30}(nichts|nie|kein)`,
        "(sie|ihr) (verschieben|verschiebt|vertagen|vertagt)~ (mit|unter) (neuen|immer neuen|anderen|ständig neuen|wieder neuen) (ausreden|vorwänden|gründen|ausflüchten)",
        "(sie|ihr) (verschieben|verschiebt|vertagen|vertagt) (die zahlung|die überweisung|den termin)~ (jede woche|jedes mal|immer wieder|ständig|schon wieder|erneut|andauernd)",
        "(sie|ihr) (haben|habt)~ (erneut|wieder|schon wieder|einmal mehr|wieder einmal) (ignoriert|missachtet|versäumt|verstreichen lassen|nicht eingehalten)",
      ],
      say: "die Zahlung ist nicht wie vereinbart eingegangen",
      notBefore: CONDITION.de,
    },
    {
      match: [
        "(sie|ihr|ihre firma|ihr unternehmen|ihr haus)~ (zahlen|zahlt|bezahlen|bezahlt|überweisen|überweist|haben|hat)~ (zu spät|verspätet|verspätet gezahlt|zu spät gezahlt|nicht fristgerecht|außerhalb der frist)",
        "(sie|ihr) (behandeln|behandelt|benutzen|benutzt|nutzen|nutzt) (uns|mich)~ (wie|als) (eine|ihre|einen|ihren) (bank|kreditgeber|kreditinstitut)",
        "(sie|ihr) (haben|habt|lassen|lasst) (uns|mich)~ (im dunkeln|ohne (nachricht|antwort|information|rückmeldung)|im regen stehen|hängen)",
        "(sie|ihr|ihre firma) (sind|seid|ist) (einfach |plötzlich |seitdem |dann )?(abgetaucht|verschwunden|nicht mehr erreichbar|untergetaucht)",
        "(missbrauchen|missbraucht|strapazieren|strapaziert|nutzen|nutzt)~ (unser|unsere|mein|meine) (vertrauen|geduld|entgegenkommen|kulanz|gutmütigkeit)~ (aus)?",
        "(keinen|keinerlei|null|wenig) respekt (vor|für|gegenüber)",
        "(immer|jedes mal) (wieder )?(dieselbe|die gleiche|das gleiche|dasselbe) (geschichte|spiel|lied) mit (ihnen|euch|ihrer firma)",
      ],
      say: "die Zahlung dauert länger als geplant",
      notBefore: CONDITION.de,
    },
    {
      match: [
        "niemand (bei ihnen|in ihrer firma|in ihrem (haus|unternehmen|team)|von ihnen|aus ihrem (haus|team|unternehmen)|bei euch)~ (antwortet|reagiert|meldet sich|ruft zurück|geht ans telefon|fühlt sich zuständig)",
        "(e-mails|mails|anrufe|nachrichten|erinnerungen|mahnungen)~ (bleiben|blieben|sind|wurden) (unbeantwortet|ohne antwort|ohne reaktion|ignoriert)",
        "das (mindeste|wenigste),? (was|das) (sie|ihr)~ (können|könnten|tun)",
        "das mindeste wäre",
        "so (geht|behandelt|geht man) (man )?(nicht|keinen) (mit )?(einem )?(lieferanten|partner|geschäftspartner|uns)",
        "(ihr|ihre|euer|eure) (verzug|zahlungsverzug|verzögerung|schweigen)~ (kostet|kostete|hat gekostet|verursacht|hat verursacht|zwingt|zwang|hat gezwungen|schadet)",
      ],
      say: "die Zahlung ist nicht wie vereinbart eingegangen",
      notBefore: CONDITION.de,
    },
    {
      match: [
        "(mangelnde|fehlende|mangelnden|fehlenden|ohne jede|ohne jegliche|keinerlei) (respekt|professionalität|seriosität|zuverlässigkeit|kommunikation|transparenz|wertschätzung|verbindlichkeit|zahlungsmoral)",
        "(mangel|fehlen) an (respekt|professionalität|seriosität|zuverlässigkeit|kommunikation|transparenz|wertschätzung|verbindlichkeit)",
        `(hat|haben|habt|hatte|hatten)${GAP_DE} (nicht|nie|niemals|noch immer nicht|immer noch nicht|bis heute nicht|bisher nicht|bislang nicht|wieder nicht|erneut nicht|schon wieder nicht) (bezahlt|gezahlt|überwiesen|beglichen|geantwortet|reagiert|eingehalten|zurückgerufen)`,
      ],
      say: "wir haben die Zahlung leider noch nicht erhalten",
      notBefore:
        "(?<!\\p{L})(falls|wenn|sofern|soweit|ob|sollten|sollte|vielleicht|eventuell|möglicherweise|wir|ich|bank)(?!\\p{L})",
    },
    {
      match: [
        "wie (können|konnten|könnt|wagen) (sie|ihr) (es )?(nur |eigentlich |bloß |überhaupt )?",
        "wie ist es (möglich|zu erklären|zu rechtfertigen),? dass (sie|ihr|ihre firma|die zahlung|die rechnung)",
        "(ist|war) (das|dies) (ihre|eure) (art|vorstellung)",
        "so (behandeln|behandelt) (sie|ihr) (ihre|eure) (lieferanten|partner|geschäftspartner)",
        "(sehr |äußerst |zutiefst |wirklich |mehr als )?(enttäuschend|unfair|ärgerlich|bedauerlich|befremdlich)",
      ],
      say: "die Zahlung ist nicht wie vereinbart eingegangen",
      notBefore: CONDITION.de,
    },
    {
      match: [
        "auf zeit (spielen|spielt|spielten|gespielt)",
        "(stellen|stellt|stellten) sich (tot|taub|dumm|unwissend)",
        "(an der nase herum|hinters licht)(geführt|führen|führt|zu führen)",
        "auf die lange bank (geschoben|schieben|schiebt)",
        "(den )?schwarzen peter (zuschieben|zugeschoben|zuzuschieben|schieben)",
        "(auf )?(taube ohren|durchzug) (stellen|gestellt|stoßen)",
        "(tun|tut|taten) (so,? )?als (ob|wäre|hätten|wüssten)",
        "(uns|mich) (für dumm verkaufen|zum narren halten|für dumm verkauft|zum narren gehalten)",
      ],
      say: "die Zahlung dauert länger als geplant",
      notBefore: CONDITION.de,
    },
  ],
  pt: [
    {
      match: [
        "(vocês|você|o senhor|a senhora|sua empresa|a vossa empresa|vossa empresa|a sua empresa)~ (deixa|deixam|deixou|deixaram|deixaste|deixais) (vencer|atrasar|passar o prazo|em aberto|sem pagar|pendente)",
        "(vocês|você|o senhor|a senhora|sua empresa)~ nunca (paga|pagam|responde|respondem|cumpre|cumprem|atende|atendem)",
        "(do lado de vocês|do seu lado|da sua parte|da parte de vocês|por parte de vocês|da vossa parte|do vosso lado),? (nada|nenhum|nenhuma|não foi)",
        "nada (foi|está sendo|tem sido) (cumprido|respeitado|honrado|pago)",
        "(estão|está|estais) (nos|me) (enrolando|empurrando com a barriga|a enrolar)",
      ],
      say: "ainda não recebemos o pagamento",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        `(é|são|foi|está|fica|parece|se tornou)~ ${JUDGE_PT}`,
        `(atraso|demora|atitude|postura|silêncio|comportamento|forma de (agir|trabalhar))~ ${JUDGE_PT}`,
      ],
      say: "este atraso nos coloca numa situação difícil",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        "(prometeram|prometeu|garantiram|garantiu|disseram|confirmaram|asseguraram|juraram)[^.!?;\\n]{0,60}(e|mas|porém)[^.!?;\\n]{0,20}(nada|nunca|não chegou|ainda não|nem um)",
        "(vocês|você|o senhor|a senhora|sua empresa|a sua empresa|vossa empresa)~ nunca (respeita|respeitam|honra|honram)",
        "(uma )?(irresponsabilidade|falta de seriedade|palhaçada)",
        "(adia|adiam|posterga|postergam|atrasa|atrasam|empurra|empurram)~ (com|sempre com) (novas|outras|mais) (desculpas|justificativas|histórias)",
        "(adia|adiam|posterga|postergam|empurra|empurram) o pagamento~ (toda semana|toda vez|sempre|de novo|novamente|mais uma vez)",
        "(vocês|você|o senhor|a senhora) (ignoraram|ignorou|descumpriram|descumpriu) (mais uma vez|novamente|de novo|outra vez)",
      ],
      say: "o pagamento não seguiu o cronograma que combinamos",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        "(vocês|você|o senhor|a senhora|sua empresa|a vossa empresa)~ (paga|pagam|pagou|pagaram|têm pago|tem pago) (atrasado|com atraso|fora do prazo|tarde|em atraso)",
        "(nos|me) (tratam|trata|usam|usa|utilizam|utiliza) como (um banco|seu banco|uma financeira|financiamento)",
        "(nos|me) (deixaram|deixou|deixam|deixa) (sem (notícias|resposta|retorno|informação)|no escuro|a ver navios|na mão)",
        "(vocês|você|o senhor|a senhora|sua empresa)~ (sumiram|sumiu|desapareceram|desapareceu|somem|some|desaparecem)",
        "(abusando|abusam|abusa|abusaram|abusou|se aproveitando|aproveitando-se|aproveitam-se) d[ae] (nossa|minha) (confiança|paciência|boa-fé|boa fé|flexibilidade|boa vontade)",
        "(nenhum|zero|pouco|nem um pingo de|não têm|não tem) (respeito|consideração) (por|com|pela|pelo)",
        "(sempre|toda vez) a mesma (história|conversa|novela) com (vocês|você|sua empresa)",
      ],
      say: "o pagamento está demorando mais do que o previsto",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        "ninguém (na|da) (sua|vossa) (empresa|equipe|equipa)~ (responde|atende|retorna|paga|se dá ao trabalho)",
        "ninguém (aí|de vocês|do lado de vocês) (responde|atende|retorna|paga)",
        "(e-mails|emails|ligações|mensagens|lembretes)~ (ficam|ficaram|continuam|seguem) sem (resposta|retorno)",
        "o mínimo (que (vocês|você|o senhor|a senhora) (poderiam|poderia|podiam|podia) fazer|seria)",
        "(não é|assim não se) (forma|maneira|jeito|modo) de tratar",
        "(o seu|o vosso|seu) (atraso|silêncio|calote)~ (nos )?(custou|está custando|causou|está causando|obrigou|obriga)",
      ],
      say: "o pagamento não seguiu o cronograma que combinamos",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        "falta (total |absoluta |evidente )?de (consideração|comunicação|transparência|responsabilidade|profissionalismo|seriedade|respeito|compromisso)",
        "(não|nunca) (pagou|pagaram|respondeu|responderam|cumpriu|cumpriram|honrou|honraram|efetuou|efetuaram|quitou|quitaram|respeitou|respeitaram)",
      ],
      say: "ainda não recebemos o pagamento",
      notBefore:
        "(?<!\\p{L})(se|caso|a menos que|a não ser que|talvez|porventura|nós|eu|banco)(?!\\p{L})",
    },
    {
      match: [
        "como (vocês|você|o senhor|a senhora|a sua empresa|sua empresa) (podem|pode|puderam|pôde|têm coragem|tem coragem|ousam|ousa)",
        "como é possível que (vocês|você|o senhor|a senhora|sua empresa|ainda|até hoje)",
        "(é|será) (assim|desse jeito|dessa forma) que (vocês|você|o senhor|a sua empresa) (tratam|trata|pagam|paga|trabalham)",
        "que (tipo|espécie) de (parceiro|parceria|empresa|cliente|seriedade)",
        "(muito |realmente |bastante )?(decepcionante|injusto|frustrante|lamentável)",
      ],
      say: "o pagamento não seguiu o cronograma que combinamos",
      notBefore: CONDITION.pt,
    },
    {
      match: [
        "(fazem|faz|fazer|fazendo|fizeram) ouvidos? (moucos|de mercador)",
        "(se fazem|se faz|se fazendo|se fizeram|fazem-se|faz-se) (de )?(desentendid[oa]s?|de bobos?|de sonso|de sonsos|de morto)",
        "(tiram|tira|tirar|tirando|tiraram) o corpo fora",
        "(lavam|lava|lavar|lavando|lavaram) as mãos",
        "(nos|me) (fazem|faz|fizeram) de (bobos|palhaços|otários)",
        "(empurrando|empurram|empurra|empurrar) com a barriga",
        "(jogando|jogam|joga|jogar) (a culpa|a responsabilidade) (para|pra|em)",
      ],
      say: "o pagamento está demorando mais do que o previsto",
      notBefore: CONDITION.pt,
    },
  ],
  ru: [
    {
      match: [
        "(вы|ваша компания|ваша сторона|ваша фирма|ваша бухгалтерия)~ (просрочили|просрочила|затянули|затянула|затягиваете|затягивает|сорвали|сорвала|задержали|задержала|задерживаете|тянете|кормите (нас|меня) обещаниями)",
        "с (вашей|твоей) стороны~ (не выполнен*|не соблюден*|нарушен*|ничего не|ничего|ни одного|ни одно|ни одна)",
        "(вы|ваша компания)~ (так ни разу|ни разу) не (заплатили|оплатили|ответили|рассчитались|оплатила)",
      ],
      say: "мы пока не получили оплату",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        `(это|так|такое|подобное|ваше|ваша|ваши) (поведение |отношение |молчание |затягивание |поведение с вашей стороны )?(просто |совершенно |абсолютно |крайне |уже |очень )?${JUDGE_RU}`,
        "(так|это) (не )?(не делается|дела не делают|не ведут дела|не поступают)",
      ],
      say: "эта задержка ставит нас в сложное положение",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        "(вы|ваша компания) (же )?(обещали|обещала|уверяли|заверяли|говорили|гарантировали|клялись)[^.!?;\\n]{0,60}(но|и|а)[^.!?;\\n]{0,20}(ничего|так и не|до сих пор|снова|опять)",
        "(переносите|переносит|откладываете|откладывает|затягиваете|затягивает)~ (под|с) (новыми|очередными|разными|всякими|какими-то) (предлогами|отговорками|причинами)",
        "(вы|ваша компания)~ (переносите|откладываете|переносит|откладывает|переносили|откладывали) (оплату|платёж|перевод|расчёт)",
        "(вы|ваша компания) (опять|снова|в очередной раз|ещё раз) (проигнорировали|нарушили|сорвали|пропустили|просрочили)",
      ],
      say: "оплата пока не поступила в оговорённые сроки",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        "(вы|ваша компания|ваша сторона)~ (платите|платит|оплачиваете|оплачивает|заплатили|оплатили|платили) (с опозданием|с задержкой|не вовремя|не в срок|поздно|с просрочкой|позже срока)",
        "(вы )?(используете|используют|воспринимаете|считаете) (нас|меня)~ (как|за) (банк|кредитора|бесплатный кредит|беспроцентный кредит)",
        "(вы )?(оставили|оставляете) (нас|меня) (без (ответа|информации|новостей|оплаты)|в неведении)",
        "(вы|ваша компания)~ (пропали|пропала|исчезли|исчезла|пропадаете|исчезаете|перестали выходить на связь|не выходите на связь)",
        "(злоупотребляете|злоупотребляет|злоупотребили|пользуетесь|воспользовались) (нашим|моим|нашей|моей) (доверием|терпением|добротой|лояльностью|гибкостью)",
        "(никакого|ни малейшего|нет никакого) (уважения|почтения) (к|ко)",
        "(всегда|каждый раз|вечно) (одна и та же|та же самая|та же) (история|песня) с (вами|вашей компанией)",
      ],
      say: "оплата задерживается дольше, чем планировалось",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        "никто (у вас|из вас|из вашей компании|в вашей компании|с вашей стороны) (не )?(отвечает|отвечают|реагирует|берёт|перезванивает|не отвечает|не реагирует|не берёт)",
        "(письма|звонки|сообщения|напоминания)~ (остаются|остались|так и остались|повисают) без (ответа|внимания|реакции)",
        "(самое меньшее|минимум|самое малое),? (что|чего) (вы|ваша компания) (могли|могла|можете|может|должны)",
        "так (не )?(поступают|обращаются|ведут себя|не делают) (с |со )?(партнёрами|поставщиками|партнёрами|нами)",
        "(ваша|эта) (задержка|просрочка|неоплата)~ (уже )?(стоила|стоит|обошлась|обходится|причинила|вынудила|вынуждает)",
      ],
      say: "оплата пока не поступила в оговорённые сроки",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        "(отсутствие|недостаток|нехватка|полное отсутствие) (уважения|профессионализма|ответственности|серьёзности|обязательности|коммуникации|прозрачности|порядочности)",
        "неуважение (к|ко)",
        "(так и |до сих пор |ещё |опять |снова |всё ещё )?не (оплатили|заплатили|перевели|погасили|ответили|рассчитались|выполнили|сдержали|оплатила|заплатила|перевела|ответила|погасила|рассчиталась)",
      ],
      say: "мы пока не получили оплату",
      notBefore:
        "(?<!\\p{L})(если|в случае|ли|возможно|может быть|вдруг|разве|мы|я|банк)(?!\\p{L})",
    },
    {
      match: [
        "как (вы |ваша компания )?(можете|могли|смеете|можно так|вам не стыдно|позволяете себе)",
        "(так|вот так) (вы )?(относитесь|обращаетесь|работаете) (к|со?|с) (своими |своим )?(партнёр*|поставщик*)",
        "что (это )?за (партнёрство|отношение|подход|сотрудничество)",
        "(очень |крайне |весьма |глубоко )?(разочаровывает|разочаровывающ*|несправедлив*|обидно)",
      ],
      say: "эта задержка ставит нас в сложное положение",
      notBefore: CONDITION.ru,
    },
    {
      match: [
        "(водите|водит|водили|водила|водить) (нас|меня) за нос",
        "(кормите|кормит|кормили|кормила|кормить) (нас|меня) (завтраками|обещаниями)",
        "(тянете|тянет|тянули|тянула|тянуть) (резину|время|кота за хвост)",
        "(делаете|делает|делали|делала) вид,? (что|будто)",
        "(отмалчиваетесь|отмалчивается|отмалчивались|отфутболиваете|отфутболивает|отфутболили|футболите)",
        "(перекладываете|перекладывает|перекладываете|перекладывали) (ответственность|вину)",
        "(держите|держат) (нас|меня) за (дураков|дурака|идиотов|банк)",
      ],
      say: "оплата задерживается дольше, чем планировалось",
      notBefore: CONDITION.ru,
    },
  ],
  ar: [
    {
      match: [
        "(من جانبكم|من طرفكم|من جهتكم|من ناحيتكم|من قبلكم)[^.!?؟\\n]{0,12}(لم|لا|ما) (يحترم|يلتزم|ينفذ|يتم|يدفع|يسدد|نر|نستلم|يصل)",
        "(لم يحترم|لم يتم احترام|لم ينفذ|لم يلتزم ب)[^.!?؟\\n]{0,6}(أي|اي) (بند|شرط|التزام|وعد|موعد)",
        "(عندكم|لديكم|من عندكم)[^.!?؟\\n]{0,25}(والفلوس|والمبلغ|والدفعة|والمال|لكن الفلوس|لكن المبلغ)[^.!?؟\\n]{0,6}(لسه|لسا|ما زال|لم|مازال|لحد الآن)",
      ],
      say: "لم نستلم الدفعة بعد",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(ده|هذا|دي|هذه|ذلك)? ?(مش|ليس|ليست|غير) (أسلوب|اسلوب|طريقة|طريقه) (تعامل|التعامل|شغل|عمل|محترم|محترمة|مهني|مهنية)",
        "(غير مقبول|غير مهني|غير احترافي|غير مسؤول|قلة احترام|عدم احترام|استهتار|مش مقبول|مش محترم)",
      ],
      say: "هذا التأخير يضعنا في موقف صعب",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(وعدتمونا|وعدتمونى|وعدتموني|وعدتم|أكدتم لنا|قلتم لنا|تعهدتم)[^.!?؟\\n]{0,50}(ولم|لكن لم|ولكن لم|لم|وما) (يصل|يتم|نستلم|يحدث|تدفعوا|تحولوا|وصل)",
        "(من غير المسؤول|من غير المقبول|من غير المهني|من غير اللائق|من العيب)",
        "(تؤجلون|تؤخرون|تماطلون)~ (بحجج|بأعذار|بحجة|بعذر) (جديدة|مختلفة|أخرى|واهية)",
      ],
      say: "لم تصل الدفعة وفق الجدول الذي اتفقنا عليه",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(تدفعون|تسددون|دفعتم|سددتم|تحولون|حولتم)~ (متأخرين|متأخرا|بعد الموعد|بعد موعد الاستحقاق|خارج المهلة|بتأخير)",
        "(تعاملوننا|تعاملونا|تستخدموننا|تعتبروننا)~ (كبنك|كأننا بنك|كمصرف|كممول|مثل البنك)",
        "(تركتمونا|تتركوننا|تركتموني)~ (بدون|بلا|دون|في الظلام)",
        "(اختفيتم|تختفون|اختفت شركتكم|انقطعتم عن التواصل|قطعتم التواصل|تهربتم)",
        "(تستغلون|استغللتم|استغليتم|تسيئون استخدام) (ثقتنا|صبرنا|مرونتنا|حسن نيتنا|طيبتنا)",
        "(لا|ما) (تحترمون|تحترموا|تحترمو)",
        "(دائما|كل مرة|في كل مرة) (نفس|ذات) (القصة|الحكاية|الموال|المشكلة) (معكم|مع شركتكم)",
      ],
      say: "هذا التأخير يضعنا في موقف صعب",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(لا أحد|ولا أحد|محدش|ما حدا|ما في حد|لا يوجد أحد) (منكم|عندكم|في شركتكم|لديكم)? ?(يرد|يجيب|بيرد|يتواصل|يرفع)",
        "(رسائلنا|رسائلي|اتصالاتنا|مكالماتنا|تذكيراتنا|الرسائل|المكالمات)~ (تبقى|بقيت|ظلت|تظل) (بدون|بلا|دون) (رد|جواب|إجابة)",
        "(أقل|أبسط) ما (يمكن|يجب|كان|يمكنكم|ينبغي)",
        "(ليست|ليس|مش|هذه ليست|هذا ليس) (هذه |هذا )?(طريقة|أسلوب) (معاملة|التعامل مع|تعامل مع) (الموردين|المورد|الشركاء|شريك)",
        "(تأخيركم|تأخركم|مماطلتكم|صمتكم)~ (كلفنا|يكلفنا|تسبب|سبب|اضطرنا|يضطرنا|أجبرنا)",
      ],
      say: "لم تصل الدفعة وفق الجدول الذي اتفقنا عليه",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(عدم|قلة|انعدام|غياب) (احترام|الاحترام|المهنية|الاحترافية|المسؤولية|الجدية|الالتزام|التواصل|الشفافية)",
      ],
      say: "هذا التأخير يضعنا في موقف صعب",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "كيف (يمكنكم|يمكن لكم|تسمحون لأنفسكم|تجرؤون|تقبلون|لكم أن)",
        "(هل|أ) ?(هكذا|هذه) (تعاملون|تتعاملون|طريقتكم في)",
        "أي (نوع من )?(شراكة|شريك|تعامل|احترام) (هذا|هذه)",
        "(مخيب للآمال|مخيبة للآمال|مخيب|محبط|ظلم|غير عادل|غير منصف)",
      ],
      say: "هذا التأخير يضعنا في موقف صعب",
      notBefore: CONDITION.ar,
    },
    {
      match: [
        "(تلعبون|تتلاعبون|لعبتم|تلاعبتم) (بنا|معنا|بأعصابنا|بالوقت)",
        "(تضحكون علينا|تستهترون|تستخفون بنا|استخففتم|استهترتم|تستغفلوننا)",
        "(تسويف|التسويف|تسوفون|تلفون وتدورون|لف ودوران|تتحايلون)",
        "(أذن من طين|ودن من طين|ودن من عجين)",
        "(تتظاهرون|تظاهرتم|تتصرفون كأن|تعملون نفسكم)",
        "(ترمون|رميتم|تلقون|ألقيتم) (المسؤولية|اللوم|الكرة)",
      ],
      say: "الدفعة تأخرت أكثر مما كان متوقعا",
      notBefore: CONDITION.ar,
    },
  ],
};

// Round 3: general shapes. Where the fault is placed ("the delay is on your side", "lies with
// you", "comes from you", "your responsibility alone"); a fault noun as the cause ("because
// of your negligence"); the buyer's side breaking its word again; judgement of the buyer's
// conduct ("bad behaviour from your side", "not fair dealing"); goods taken but not paid.
const YOUR_SIDE_EN =
  "(you|your side|your end|your company|your team|your firm|your office|your (accounts?|finance|purchasing|payables) (team|department))";
const FAULT_EN =
  "(negligence|carelessness|unreliability|inaction|incompetence|disorganisation|disorganization|lack of (organisation|organization|follow-up|discipline)|late payment|delay|delays|lateness|slowness|mistake|mistakes|error|errors|failure|broken promises?)";
const ROUND3: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        `(delay|problem|issue|fault|blame|responsibility|hold-up|holdup|bottleneck)~ (is|lies|lay|rests|sits|was|comes|came|remains) (entirely |clearly |solely |squarely |wholly |fully |completely |only |obviously |purely |100% )?(on|with|from|at) ${YOUR_SIDE_EN}`,
        `(the )?(responsibility|blame|fault) (for (this|the delay|it) )?(is|lies|rests) (entirely |solely |squarely |wholly |fully )?(yours|with you|on you)`,
        "(on|from|at) your (side|end),? not (on )?ours",
        `(because of|due to|owing to|thanks to|as a result of|through) (your|your company's|your team's|your side's) (own )?${FAULT_EN}`,
        `${YOU_EN} (have |has |had )?(once again |again |yet again |once more |repeatedly )?(broken|broke|gone back on|went back on|failed to keep|not kept|didn't keep|did not keep) (its|their|your|his|her) (word|promise|promises|commitment|commitments)`,
        `${YOU_EN} (have |has |had )?(taken|took|received|accepted|got) (the )?(delivery|goods|material|materials|cargo|shipment|container|containers)~ (and|but|yet) (have |has )?(not|never|still not|not yet) (paid|pay|made (any |a )?payment|released)`,
        "(not|without|no|haven't|hasn't|didn't|never)( yet)?( even)?( paid| pay| received| sent| transferred)? (a )?(single|one) (rupee|dollar|cent|penny|euro|yuan|dirham|riyal|rouble|ruble|peso|real)",
        `(very |really |quite |extremely |such |so )?(bad|poor|unfair|shabby|dishonest|unethical|wrong|unacceptable) (behaviou?r|conduct|practice|attitude|treatment|way of doing business|business practice) (from|of|by|on) (you|your)`,
      ],
      say: "the payment is taking longer than planned",
      notBefore: CONDITION.en,
    },
  ],
  zh: [
    {
      match: [
        `(延误|延迟|拖延|问题|责任|错|耽误)…(完全|全部|都|全)?(是|在)${YOU_ZH}(那边|那里|这边|方面|一方|自己)?(造成|导致|引起|的责任|的问题|的错|耽误)`,
        `(是|都是|全是|完全是)${YOU_ZH}(那边|那里|方面|一方|自己)(造成|导致|引起|害|拖)的`,
        `(因为|由于|就因为)${YOU_ZH}(的|那边的)?(疏忽|失误|大意|粗心|拖延|延误|不负责任|不守信用|怠慢|拖沓|办事不力)`,
        "(跟|和|与)(我们|我方|我司)(没|没有|毫无|无)(关系|关)",
        "(做生意|做事|合作|这样做|这么做)…(不厚道|不地道|不仗义|不讲究|没良心|不够意思|不道德)",
        "(钱|款|货款|款项)…(一直|还|却|老是)?(压着|扣着|卡着|押着|拖着)(不给|不付|不放|不打|不结)?",
        "(卖完|卖光|卖掉|出完|卖得差不多)…(钱|款|货款)…(不给|不付|没付|压着|扣着|拖着)",
      ],
      say: "这次延迟让我们这边有些为难",
      notBefore: CONDITION.zh,
    },
  ],
  es: [
    {
      match: [
        "(atraso|retraso|demora|problema|culpa|responsabilidad)~ (es|está|viene|recae|radica|fue) (únicamente |exclusivamente |totalmente |claramente |solo |sólo )?(de ustedes|suya|de usted|de su (empresa|parte|lado)|del lado de ustedes|por parte de ustedes|en ustedes|en su (empresa|lado))",
        "sino (de|por) (ustedes|usted|su empresa|su parte|su lado)",
        "(culpa|responsabilidad) (exclusiva |única |total )?(de ustedes|suya|de usted|de su empresa)",
        "(por|debido a|a causa de|por culpa de|gracias a) (su|sus) (propia |propio )?(negligencia|descuido|retraso|retrasos|atraso|atrasos|demora|demoras|incumplimiento|informalidad|falta de (seriedad|organización|compromiso)|irresponsabilidad|errores|error)",
        "(ustedes|usted|su empresa)~ no (liberaron|liberó|pagaron|pagó|enviaron|envió|transfirieron|transfirió|cumplieron|cumplió|respetaron|respetó|hicieron)~ (a tiempo|en plazo|en fecha|lo acordado|lo prometido|su palabra|el pago)",
        "(ustedes|usted|su|sus|su empresa)~ (ha vuelto a|han vuelto a|volvió a|volvieron a|vuelve a|vuelven a) (incumplir|fallar|faltar a|romper|ignorar|retrasar|atrasar)",
        "(incumpli(ó|eron|do)|faltó a|faltaron a|rompi(ó|eron)) (su|sus) (palabra|compromiso|compromisos|promesa|promesas)",
        "(muy |bastante |realmente )?(mal|feo|pésimo) (comportamiento|proceder|trato) (de|por parte de) (ustedes|usted|su empresa)",
      ],
      say: "el pago está tardando más de lo previsto",
      notBefore: CONDITION.es,
    },
  ],
  fr: [
    {
      match: [
        "(retard|problème|faute|responsabilité|blocage)~ (vient|provient|venait|est|incombe|revient) (entièrement |uniquement |clairement |totalement |exclusivement |bien )?(de chez vous|de votre (côté|part|fait|société|service)|à vous|à votre (société|service))",
        "(il|elle|cela|ça) (vient|provient) (de chez vous|de votre côté|de votre part)",
        "(dont|et) (vous|votre [a-z]*|vos [a-z]*)~ (êtes|est|sont) (entièrement |seul |seuls |seule |pleinement |totalement |uniquement |bien )?responsables?",
        "(vous|votre [a-z]*|vos [a-z]*)~ (êtes|est|sont) (entièrement |seul |seuls |seule |pleinement |totalement |uniquement )?responsables? (de|du|des|de ce|de cette) (retard|situation|problème|pertes?|difficultés?)",
        "(à cause de|en raison de|du fait de|par la faute de|suite à) (votre|vos) (propre |propres )?(négligence|retard|retards|manque de|inaction|erreur|erreurs|manquement|manquements|défaillance|laxisme|légèreté)",
        "(votre|vos)~ (a|ont|avez) (encore |de nouveau |une nouvelle fois |une fois de plus |à nouveau )?(manqué à|failli à|trahi) (sa|leur|votre|ses|leurs|vos) (parole|engagements?|promesses?)",
        "(manqué|failli) (une nouvelle fois |encore |de nouveau |à nouveau )?(à|a) (sa|leur|votre|ses|leurs|vos) (parole|engagements?|promesses?)",
        "(n'a|n'ont|n'avez) (encore |toujours |une nouvelle fois |de nouveau )?pas (tenu|respecté|honoré) (sa|leur|votre|ses|leurs|vos) (parole|promesses?|engagements?)",
      ],
      say: "le paiement prend plus de temps que prévu",
      notBefore: CONDITION.fr,
    },
  ],
  de: [
    {
      match: [
        "(verzögerung|verspätung|problem|schuld|verantwortung|fehler|ursache)~ (liegt|lag|liegen|lagen|ist|war|kommt|kam) (also )?(eindeutig |klar |allein |alleine |ausschließlich |ganz |vollständig |einzig |nur |wohl )?(bei ihnen|bei euch|auf ihrer seite|bei ihrer (firma|buchhaltung|seite)|in ihrem (haus|verantwortungsbereich)|von ihrer seite)",
        "(liegt|lag) (die )?(schuld|verantwortung|verzögerung)~ (eindeutig |klar |allein |ausschließlich |ganz )?bei (ihnen|euch|ihrer)",
        "(durch|wegen|aufgrund) (ihr|ihres|ihre|ihrer|ihren|euer|eures|eure) (eigenes |eigene |eigenen )?(versäumnis|versäumnisse|versäumnisses|nachlässigkeit|verzögerung|verspätung|unzuverlässigkeit|zahlungsverzug|zahlungsverzugs|verschulden|fehler|fehlers|säumigkeit|untätigkeit|schlamperei|unpünktlichkeit)",
        `(sie haben|ihr habt|haben sie|habt ihr|(ihre|ihr|eure|euer) (buchhaltung|firma|finanzabteilung|einkaufsabteilung|einkauf|abteilung|geschäftsführung|seite|unternehmen|haus|kollegen|team) (hat|haben)|(hat|haben) (ihre|ihr|eure|euer) (buchhaltung|firma|finanzabteilung|einkaufsabteilung|einkauf|abteilung|geschäftsführung|seite|unternehmen|haus|kollegen|team))${GAP_DE}(missachtet|ignoriert|gebrochen|verletzt|übergangen|nicht eingehalten|nicht gehalten|nicht beachtet|nicht eingelöst)`,
        "(ihre|ihr|eure) (buchhaltung|firma|finanzabteilung|einkaufsabteilung|unternehmen|haus|seite)~ (hält|halten) (sich )?(erneut |wieder |schon wieder )?nicht an",
      ],
      say: "die Zahlung dauert länger als geplant",
      notBefore: CONDITION.de,
    },
  ],
  pt: [
    {
      match: [
        "(atraso|demora|problema|culpa|responsabilidade)~ (é|está|vem|foi|recai|cabe) (portanto |então |assim )?(únic[oa] |exclusiv[oa] |inteiramente |totalmente |claramente )?(d[oa] )?(responsabilidade |culpa )?(exclusiva |única |inteira |total )?(da sua empresa|de vocês|sua|do senhor|da senhora|da vossa empresa|vossa|do vosso lado|do seu lado|do lado de vocês|por parte de vocês)",
        "(responsabilidade|culpa) (é |foi )?(exclusiva|única|inteira|total|toda|inteiramente|exclusivamente) (da sua empresa|de vocês|sua|do senhor|da senhora|da vossa empresa|vossa)",
        "por (causa|culpa) (da|do|das|dos) (demora|demoras|atraso|atrasos|negligência|falta de [a-z]*|descuido|incumprimento|descumprimento|irresponsabilidade|erro|erros)~ (de vocês|sua|seu|vossa|vosso|de você|do senhor|da senhora|da sua empresa|da vossa empresa)",
        "(devido à|devido ao|graças à|graças ao|por causa da|por causa do) (sua|seu|vossa|vosso) (própria |próprio )?(negligência|atraso|demora|descuido|incumprimento|descumprimento|irresponsabilidade|falha)",
        "(vocês|você|o senhor|a senhora|vosso|vossa|seu|sua|sua empresa)~ (voltou a|volta a|voltaram a|voltam a|tornou a|tornaram a) (falhar|faltar|descumprir|incumprir|não cumprir|não honrar|quebrar|atrasar|ignorar)",
        "(falhou|falharam|faltou com|faltaram com|descumpriu|descumpriram|quebrou|quebraram|não honrou|não honraram) (o|a|os|as|com o|com a)? ?(seu |sua |vosso |vossa )?(compromisso|compromissos|palavra|promessa|promessas|acordo)",
      ],
      say: "o pagamento está demorando mais do que o previsto",
      notBefore: CONDITION.pt,
    },
  ],
  ru: [
    {
      match: [
        "(задержка|проблема|вина|ответственность|просрочка)~ (целиком|полностью|исключительно|только|всецело|однозначно|явно)? ?(лежит )?(на вашей стороне|на вас|за вами|на вашей совести)",
        "(целиком|полностью|исключительно|всецело) на вашей стороне",
        "из-за (вашей|вашего|ваших|твоей|твоего) (необязательност*|халатност*|небрежност*|безответственност*|невнимательност*|ошибк*|медлительност*|бездействи*|неорганизованност*|нерасторопност*|непунктуальност*|безалаберност*)",
        "(ваша|ваш|ваши) (бухгалтерия|компания|отдел|финансовый отдел|сторона|руководство|фирма|коллеги|директор)~ (снова |опять |в очередной раз |вновь |уже не раз )?(нарушил*|не сдержал*|не выполнил*|проигнорировал*|сорвал*|подвёл*|подвел*)",
        "(не сдержал*|нарушил*) (своё|свои|своего|данное|данные)? ?(слово|обещани*)",
      ],
      say: "оплата задерживается дольше, чем планировалось",
      notBefore: CONDITION.ru,
    },
  ],
  ar: [
    {
      match: [
        "(التأخير|التأخر|المشكلة|الخطأ|الخلل|التقصير|المسؤولية)~ (من جهتكم|من طرفكم|من جانبكم|منكم|عندكم|عليكم|لديكم|من عندكم|من قبلكم)",
        "(من جهتكم|من طرفكم|من جانبكم|منكم) (أنتم|انتم)? ?(وليس|لا|مش|وليست) (منا|من جهتنا|من طرفنا|عندنا)",
        "(المسؤولية|المسئولية) (كاملة |بالكامل |كلها )?(تقع )?(عليكم|على عاتقكم|على شركتكم)",
        "(بسبب|نتيجة|جراء|من جراء|بفضل) (إهمالكم|اهمالكم|تقصيركم|تهاونكم|تقاعسكم|لامبالاتكم|عدم التزامكم|أخطائكم|خطئكم|تأخيركم|تأخركم|مماطلتكم|إهمال شركتكم|تقصير شركتكم|إهمال قسم)",
        "(عندكم|لديكم|شركتكم|إدارتكم|قسمكم|أنتم|انتم|مديركم|محاسبكم|مسؤولكم)~ (أخلف|أخلفت|أخلفوا|اخلف|نقض|نقضت|نقضوا|خالف|خالفت|خالفوا|لم يف|لم تف|لم يفوا|لم يلتزم|لم تلتزم|لم يلتزموا)",
        "(أخلف|أخلفت|أخلفوا|اخلف|نقض|نقضت|نقضوا) (وعده|وعدها|وعودهم|وعوده|بوعده|عهده|التزامه|التزامها|التزاماتهم|كلمته)",
      ],
      say: "الدفعة تأخرت أكثر مما كان متوقعا",
      notBefore: CONDITION.ar,
    },
  ],
};

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
          "(stop|quit|cease) (ignoring|disregarding)",
          "(stop|quit|cease) (avoiding|dodging) (us|me|my|our|this|these|the question|our questions)",
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
      ...MORE.en,
      ...ROUND3.en,
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
          "(不要|别|请勿|请不要|请别|不许|不准)再…(无视|忽视|忽略|不理睬|不理会|不理|装作没看见|假装没看到)",
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
      ...MORE.zh,
      ...ROUND3.zh,
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
          "(dejen|deje|dejad|deja) de (ignorar|ignorarnos|ignorarme|evitar|evitarnos|evitarme|hacer caso omiso)",
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
      ...MORE.es,
      ...ROUND3.es,
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
          "(arrêtez|cessez|arrête|cesse) (d'|de )(nous |m')?(ignorer|éviter)",
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
      ...MORE.fr,
      ...ROUND3.fr,
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
          "(hören sie|hört|hör) auf,?~ zu (ignorieren|übergehen)",
          "(ignorieren|übergehen) (sie|ihr) (uns|mich|meine|unsere|alle)~ nicht (länger|mehr|weiter)",
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
      ...MORE.de,
      ...ROUND3.de,
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
          "(parem|pare|deixem|deixe) de (nos |me )?(ignorar|evitar)",
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
      ...MORE.pt,
      ...ROUND3.pt,
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
          "(перестаньте|прекратите|хватит|перестань|прекрати|хватит уже) (нас |меня )?(игнорировать|игнорить|избегать)",
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
      ...MORE.ru,
      ...ROUND3.ru,
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
          "(توقفوا|توقف|كفوا|كف|كفى) (عن )?(تجاهل|التهرب)",
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
      ...MORE.ar,
      ...ROUND3.ar,
    ],
  },
};
