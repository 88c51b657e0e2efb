import type { BuyerLanguage } from "../../text/language";
import type { PatternFamily, ToneRule } from "../rule";

/*
 * Passive aggression: politeness on the surface, reproach underneath ("per my last email",
 * "as I told you many times", "I don't understand why", "as already mentioned", "still
 * waiting"). A plain reference to an earlier message ("following up on my email of
 * 3 December", "as mentioned in my previous email, the price holds until …") is not
 * reproach, so the rules need the tell: "per", "already", "told you", a count of times.
 */

// Round 2: general structures. Sarcastic thanks for a "quick" reply that took weeks (the
// tell is the "only / barely + a span of time" after it), a last message the buyer
// "apparently" missed, and counts of reminders ("again and again", "one more time").
const SPAN_AFTER = (words: string, spans: string): string =>
  `(?=[^.!?\\n。！？]{0,45}(?<!\\p{L})${words}(?!\\p{L})[^.!?\\n。！？]{0,25}${spans})`;

const MORE: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        `(thank you|thanks|many thanks|much appreciated)~ (lightning|lightning-fast|super-fast|speedy|quick|fast|prompt|rapid|swift|timely|immediate|instant|swift) (reply|response|answer|feedback|reaction|payment|action)${SPAN_AFTER("(only|just|barely|merely|a mere|not even|no more than)", "(day|days|week|weeks|month|months|year)")}`,
        "(it )?(only|just|merely) took (you )?(a|one|two|three|four|five|six|seven|eight|\\d{1,2}|over a|more than a) (day|days|week|weeks|month|months)",
        "(which|that) you (have )?(apparently|obviously|evidently|seemingly|clearly|conveniently) (missed|overlooked|ignored|forgot|forgotten|did not (read|see|notice)|didn't (read|see|notice))",
        "(apparently|obviously|evidently|seemingly) (went unnoticed|got lost|was overlooked|was missed|was ignored|slipped (through|past))",
        "(over and over( again)?|time and (time )?again|one more time|yet again),? (i|we) (have to|must|need to|am writing|are writing|remind|ask)",
        "(i|we) (should not|shouldn't) (need|have) to (remind|ask|chase|tell)~ (again|every time|twice|so often)",
      ],
      say: "may I kindly follow up on this",
    },
    {
      match: [
        "as (already |previously )?(mentioned|stated|said|explained|indicated|noted|requested|asked|pointed out|reminded)~ (twice|three times|four times|several times|many times|multiple times|numerous times|so many times|\\d{1,2} times|more than once|repeatedly)",
        "(my|our|this is the|this is my|this is our) (third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\\d{1,2}(rd|th)) (reminder|email|e-mail|message|request|follow-up|letter|attempt)",
        "(i'm sure|i am sure|surely|no doubt|obviously|clearly|of course) (that )?(you are|you're|you must be|your team is|you have been|you've been)~ (very |so |extremely |terribly |incredibly |super |quite |really )?busy,? but",
        "(surely|certainly) (it )?(can't|cannot|isn't|is not|wouldn't|won't|shouldn't) (be )?(that|so|too) (hard|difficult|complicated)",
        "(can't|cannot|isn't|shouldn't) be (that|so) (hard|difficult|complicated)",
        "(obviously|apparently|clearly|evidently)~ (not a priority|no priority|a low priority|not important)",
        "(not|no longer) (a |your )?priority for you",
        "(i'm sure|i am sure|as you surely|surely|as you must be|i trust) (you('re| are) )?(well |fully |perfectly )?aware",
        "(in|from) (my|our) (last|previous|past) (two|three|four|five|\\d{1,2}|several|many|numerous) (emails|e-mails|messages|reminders|letters)",
        "(great|nice|good|excellent|brilliant|impressive|well done)~ (keeping|making) (us|me) wait",
      ],
      say: "may I kindly follow up on this",
    },
    {
      match: [
        "(seems|seem|appears|appear|seemed) to have (gone|been|got|remained) (unread|unnoticed|overlooked|ignored|unanswered)",
        "(congratulations|kudos|bravo|hats off|well done)~ (on|for|to) (your|the|such) (speed|punctuality|reactivity|efficiency|quick|fast|prompt|swift|lightning|responsiveness)",
        "(impressive|remarkable|amazing|incredible|astonishing|what) (speed|punctuality|reactivity|efficiency|responsiveness|reaction time)",
        "(the )?(third|fourth|fifth|sixth|umpteenth|nth|\\d{1,2}(rd|th)) time (that )?(i|we)('m|'re|'ve| am| are| have| ask| write| remind| request)",
      ],
      say: "I would be grateful for a short update",
    },
  ],
  zh: [
    {
      match: [
        "(一遍一遍|一遍又一遍|一次又一次|一次次|三番五次|三番两次|反反复复|一而再再而三)(地)?(来)?(提醒|催|说|问|写|发|联系|跟进)",
        "(不应该|不该|不用)(由|让)?(我|我们)(来)?…(提醒|催|问|一遍)",
        "(哪一个|哪个|哪一)(下周|下个星期|下星期|明天|周一|月底|礼拜)",
        `(感谢|谢谢|多谢|非常感谢)…(神速|迅速|及时|快速|高效|飞快)的?(回复|答复|回应)${SPAN_AFTER("(才|只|仅|不过|也就)", "(天|周|星期|礼拜|月)")}`,
        "(显然|看来是|压根)(您|你们|贵司|你)?(没有|没|并没有|根本没)(看到|注意到|看|读|留意)",
      ],
      say: "想再跟进一下这件事",
    },
    {
      match: [
        "(应该|也)?不(难|费事|麻烦|费劲)吧",
        "(又一次|又|再一次|再次|又得|又要|还得)(不得不|只好|只能|得)…(提醒|催|要|问|写|发|联系)",
        "(谢谢|感谢|多谢)…(终于|总算|终究)",
        "(这是|这已经是|已经是)?(我|我们)?(的)?第(三|四|五|六|七|八|九|十|N|n|几)(封|次|条)(提醒|催款|邮件|消息|信)",
      ],
      say: "想再跟进一下这件事",
    },
    {
      match: [
        "(佩服|赞|厉害|真是|好)…(效率|速度|神速|准时)(啊|呀|了)?[！!]",
        "(效率|速度)(真|可真|实在|也太)(高|惊人|快)(啊|呀)",
        "(石沉大海|杳无音信|没了下文|没有下文)",
      ],
      say: "方便时请简单回复一下",
    },
  ],
  es: [
    {
      match: [
        `(gracias|muchas gracias|muchísimas gracias|mil gracias)~ (rapidísim[oa]|rápid[oa]|veloz|pront[oa]|inmediat[oa]|express|relámpago) (respuesta|contestación|reacción|pago)${SPAN_AFTER("(apenas|solo|sólo|tan solo|nada más|solamente|sólamente|un simple)", "(día|días|semana|semanas|mes|meses)")}`,
        "(solo|sólo|apenas|tan solo) (le |les |te )?(ha |han )?(llevado|tomado|tardado|costado) (un|una|dos|tres|cuatro|cinco|seis|\\d{1,2}) (día|días|semana|semanas|mes|meses)",
        "(por lo visto|al parecer|aparentemente|evidentemente|obviamente),? (pasó desapercibid[oa]|se perdió|se perdieron|no (lo |la |los |las )?(leyó|leyeron|vio|vieron|leyó)|(lo |la )?ignoró|(lo |la )?ignoraron)",
        "(una y otra vez|una vez más|otra vez más),? (tengo|tenemos|debo|debemos) (que|de)",
      ],
      say: "quisiera hacer un breve seguimiento",
    },
    {
      match: [
        "(mi|nuestro|el|este es mi|este es nuestro|es mi|es el) (tercer|cuarto|quinto|sexto|enésimo|\\d{1,2}º) (recordatorio|correo|mensaje|aviso|email|e-mail)",
        "(seguro que|sin duda|seguramente|claro que|ya sé que) (usted |ustedes )?(está|están|estás|estáis) (muy |tan |super |súper )?(ocupad[oa]s?|liad[oa]s?),? pero",
        "gracias por (responder|contestar|pagar|escribir|dar señales de vida)? ?(por fin|finalmente|al fin)",
        "como (ya )?(le |les )?(he |hemos )?(indicado|dicho|mencionado|explicado|pedido|solicitado|comentado|indiqué|dije|mencioné|expliqué|pedí)~ (dos|tres|cuatro|varias|muchas|repetidas|reiteradas) veces",
      ],
      say: "quisiera hacer un breve seguimiento",
    },
    {
      match: [
        "(parece|parecen|pareció) (haber )?(pasado desapercibid[oa]s?|quedado sin respuesta|sido ignorad[oa]s?)",
        "(enhorabuena|felicidades|felicitaciones|bravo)~ (por|a) (su|la|vuestra|tanta|semejante) (rapidez|puntualidad|eficiencia|diligencia|agilidad)",
        "(qué|impresionante|admirable|increíble|menuda) (rapidez|puntualidad|eficiencia|diligencia|agilidad)",
      ],
      say: "quisiera hacer un breve seguimiento",
    },
  ],
  fr: [
    {
      match: [
        `merci~ (réponse|retour|réaction|paiement|règlement) (éclair|express|si rapide|rapide|fulgurante?|ultra-rapide|prompte?|immédiate?)${SPAN_AFTER("(à peine|seulement|juste|tout juste|pas plus de|qu'un|qu'une|que)", "(jour|jours|semaine|semaines|mois|an)")}`,
        "(il )?(n'a|ne vous a|ne lui a|n'aura) (fallu|pris) qu'(un|une|deux|trois|quatre|cinq|six|\\d{1,2}) (jour|jours|semaine|semaines|mois)",
        "(visiblement|manifestement|apparemment|de toute évidence|à l'évidence|semble-t-il),? (passée? inaperçue?|passés inaperçus|passées inaperçues|resté sans réponse|restée sans réponse|ignorée?|oubliée?|égarée?|perdue?)",
        "(passée? inaperçue?|passés inaperçus|ignorée?|oubliée?),? (visiblement|manifestement|apparemment|de toute évidence)",
        "(encore et encore|une fois de plus|à nouveau|encore une fois),? (je|nous) (dois|devons|suis obligée?|sommes obligés|me vois|nous voyons)",
      ],
      say: "je me permets de revenir vers vous",
    },
    {
      match: [
        "(ma|notre|la|c'est ma|c'est notre|c'est la) (troisième|quatrième|cinquième|sixième|énième|\\d{1,2}e|\\d{1,2}ème) (relance|rappel|message|demande|mail|e-mail|courriel)",
        "(je me doute|je suis sûre?|je suis certaine?|sans doute|certes|bien sûr) (que )?vous (êtes|soyez) (très |bien |fort |sûrement |certainement )?(occupée?s?|débordée?s?)~,? mais",
        "merci (d'avoir|de nous avoir|de m'avoir) (enfin|finalement)",
        "comme (déjà |je l'ai déjà |nous l'avons déjà )?(indiqué|dit|mentionné|expliqué|demandé|précisé|écrit)~ (à deux reprises|à plusieurs reprises|deux fois|trois fois|plusieurs fois|maintes fois|à maintes reprises)",
        "(bien entendu|évidemment|visiblement),? (nos|mes) (messages|mails|e-mails|relances|courriels) ne sont pas (une|votre) priorité",
      ],
      say: "je me permets de revenir vers vous",
    },
    {
      match: [
        "(semble|semblent|paraît|paraissent|semblait) (être )?(passée?s? inaperçue?s?|restée?s? sans (réponse|suite)|avoir été (ignorée?s?|oubliée?s?))",
        "(bravo|félicitations|chapeau)~ (pour|à) (votre|cette|une telle) (rapidité|ponctualité|réactivité|efficacité|diligence)",
        "(quelle|belle|impressionnante|remarquable|admirable) (rapidité|réactivité|ponctualité|efficacité|diligence)",
      ],
      say: "je me permets de revenir vers vous",
    },
  ],
  de: [
    {
      match: [
        `(danke|vielen dank|herzlichen dank|besten dank)~ (blitzschnelle?n?|schnelle?n?|prompte?n?|rasche?n?|zügige?n?|umgehende?n?|superschnelle?n?) (antwort|rückmeldung|reaktion|zahlung)${SPAN_AFTER("(nur|bloß|gerade mal|gerade einmal|lediglich|schlappe|ganze)", "(tag|tage|woche|wochen|monat|monate)")}`,
        "(nur|bloß|gerade mal|gerade einmal|lediglich|schlappe|ganze) (ein|einen|eine|zwei|drei|vier|fünf|sechs|acht|\\d{1,2}) (tag|tage|woche|wochen|monat|monate) gedauert",
        "(offenbar|offensichtlich|anscheinend|scheinbar|augenscheinlich) (übersehen|überlesen|untergegangen|nicht gelesen|nicht bemerkt|ignoriert|vergessen)",
        "(die|das|den) (sie|ihr) (offenbar|offensichtlich|anscheinend|scheinbar)~ (übersehen|überlesen|ignoriert|vergessen|nicht gelesen)",
        "(immer wieder|wieder und wieder|ein weiteres mal|zum wiederholten mal|zum wiederholten male),? (muss|müssen|darf|dürfen) (ich|wir)",
      ],
      say: "ich würde mich über eine kurze Antwort freuen",
    },
    {
      match: [
        "(meine|unsere|die|dies ist meine|dies ist unsere|das ist meine|das ist die) (dritte|vierte|fünfte|sechste|x-te|zigste|\\d{1,2}\\.) (erinnerung|mahnung|nachricht|anfrage|e-mail|mail)",
        "(sie sind|ihr seid) (sicher|sicherlich|bestimmt|gewiss|zweifellos) (sehr |ziemlich |furchtbar |wahnsinnig )?(beschäftigt|ausgelastet)~,? aber",
        "(danke|vielen dank),? dass (sie|ihr)~ (endlich|doch noch|schließlich)",
        "wie (bereits |schon )?(zweimal|dreimal|mehrfach|mehrmals|wiederholt|x-mal|\\d{1,2}-mal|\\d{1,2} mal) (erwähnt|gesagt|geschrieben|mitgeteilt|erklärt|angefragt|gebeten)",
        "(wieder einmal|einmal mehr|erneut|schon wieder|ein weiteres mal|abermals),? (muss|müssen|sehe mich gezwungen|sehen uns gezwungen) (ich|wir)?",
      ],
      say: "ich würde mich über eine kurze Antwort freuen",
    },
    {
      match: [
        "(offenbar|offensichtlich|anscheinend|scheinbar|wohl) (ungelesen|unbeantwortet|unbemerkt|unbeachtet) (geblieben|blieb|ist)",
        "(respekt|gratulation|kompliment|bravo|hut ab)~ (für|zu|vor) (ihre|ihrer|diese|dieser|so viel|eine solche|einer solchen) (schnelligkeit|pünktlichkeit|reaktionsschnelligkeit|effizienz|zuverlässigkeit)",
        "(beeindruckende|bemerkenswerte|erstaunliche|was für eine|welch eine|welch) (schnelligkeit|pünktlichkeit|reaktionszeit|effizienz|zuverlässigkeit)",
      ],
      say: "ich würde mich über eine kurze Antwort freuen",
    },
  ],
  pt: [
    {
      match: [
        `(obrigad[oa]|muito obrigad[oa]|muitíssimo obrigad[oa])~ (resposta|retorno|reação|pagamento) (tão |super |muito )?(rápid[oa]|ágil|relâmpago|imediat[oa]|express|veloz)${SPAN_AFTER("(só|apenas|somente|mal|nem|um mero|uma mera)", "(dia|dias|semana|semanas|mês|meses)")}`,
        "(só|apenas|somente) (levou|demorou|durou|precisou de) (um|uma|dois|duas|três|quatro|cinco|seis|\\d{1,2}) (dia|dias|semana|semanas|mês|meses)",
        "(pelo visto|aparentemente|ao que parece|obviamente|evidentemente),? (se perdeu|se perderam|passou despercebid[oa]|passaram despercebid[oa]s|foi ignorad[oa]|foram ignorad[oa]s|não (foi|foram) lid[oa]s?|ficou esquecid[oa])",
        "(vez após vez|uma vez mais|mais uma vez),? (tenho|temos|preciso|precisamos) (de |que )?(lembrar|cobrar|escrever|pedir)",
      ],
      say: "gostaria de dar um breve seguimento",
    },
    {
      match: [
        "(meu|nosso|o|este é o meu|este é o nosso|é o meu|é o) (terceiro|quarto|quinto|sexto|enésimo|\\d{1,2}º) (lembrete|e-mail|email|aviso|pedido|mensagem)",
        "(com certeza|certamente|imagino que|claro que) (vocês |você |o senhor |a senhora )?(está|estão|esteja|estejam) (muito |super |tão )?(ocupad[oa]s?|atarefad[oa]s?|corrid[oa]s?),? mas",
        "obrigad[oa] por (finalmente|enfim|por fim)",
        "como (já )?(mencionei|disse|expliquei|pedi|informei|falei|mencionado|informado)~ (duas|três|quatro|várias|muitas|diversas|inúmeras) vezes",
      ],
      say: "gostaria de dar um breve seguimento",
    },
    {
      match: [
        "(parece|parecem|pareceu) (ter )?(passado despercebid[oa]s?|ficado sem resposta|sido ignorad[oa]s?)",
        "(parabéns|bravo|meus parabéns)~ (pela|por|pelo) (rapidez|pontualidade|eficiência|agilidade|presteza)",
        "(que|impressionante|admirável|incrível|quanta) (rapidez|pontualidade|eficiência|agilidade|presteza)",
      ],
      say: "gostaria de dar um breve seguimento",
    },
  ],
  ru: [
    {
      match: [
        `спасибо~ (столь |такой |такую |такие |очень |невероятно )?(оперативн*|быстр*|молниеносн*|скор*|своевременн*) (ответ*|реакци*|оплат*)${SPAN_AFTER("(всего-то|всего|лишь|только|каких-то|каких-нибудь|всего лишь)", "(день|дня|дней|недел*|месяц*)")}`,
        "(всего-то|каких-то|всего лишь) (один |одну |два |две |три |четыре |пять |\\d{1,2} )?(день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев)",
        "(вы,? )?(видимо|очевидно|по-видимому|судя по всему|как видно),? (не заметили|не прочитали|не увидели|проигнорировали|пропустили|не открывали)",
        "(которое|которые|которую) (вы,? )?(видимо|очевидно|по-видимому|судя по всему),? (не заметили|не прочитали|не увидели|проигнорировали|пропустили)",
        "(снова и снова|раз за разом|в который раз|опять и опять)",
      ],
      say: "позвольте ещё раз уточнить",
    },
    {
      match: [
        "(моё|наше|это|это уже|уже) (третье|четвёртое|пятое|шестое|энное|очередное|десятое) (напоминание|письмо|обращение|сообщение)",
        "(вы )?(наверняка|конечно|безусловно|несомненно|разумеется),? (очень |сильно |страшно )?(занят*)~,? но",
        "спасибо,? что (вы )?(наконец|наконец-то|всё-таки|все-таки)",
        "(опять|снова|в очередной раз|в который раз|ещё раз) (мне |нам )?(приходится|пришлось|вынужден*|придётся)",
      ],
      say: "позвольте ещё раз уточнить",
    },
    {
      match: [
        "(похоже|видимо|кажется|по-видимому),? (осталось|остались|осталось) (без ответа|непрочитанн*|незамеченн*)",
        "(браво|поздравляю|респект|снимаю шляпу)~ (за|перед|с) (вашей |вашу |такой |такую )?(оперативност*|пунктуальност*|скорост*|расторопност*)",
        "(впечатляющ*|потрясающ*|завидн*|поразительн*|какая|удивительн*) (оперативность|пунктуальность|скорость|расторопность)",
      ],
      say: "позвольте ещё раз уточнить",
    },
  ],
  ar: [
    {
      match: [
        `(شكرا|شكرا جزيلا|شكرا لكم|كل الشكر)~ (على )?(ردكم|ردك|تجاوبكم|استجابتكم|رد|الرد)~ ?(السريع|الفوري|العاجل|الخاطف|البرق)${SPAN_AFTER("(فقط|بس|لا غير|مجرد|لا أكثر)", "(يوم|أيام|أسبوع|أسابيع|شهر|أشهر|شهور)")}`,
        "(شهر|أسبوع|أسبوعين|شهرين|ثلاثة أسابيع|ثلاث أسابيع|أيام) (واحد |واحدة )?(فقط|بس|لا غير)[.!؟?]?$",
        "(يبدو|على ما يبدو|الظاهر|يظهر)~ (لم تلفت انتباهكم|لم تلفت نظركم|لم تقرؤوها|لم تقرأوها|لم تطلعوا|تجاهلتموها|فاتتكم|غابت عنكم|لم تنتبهوا|لم تلاحظوها)",
        "(مرارا وتكرارا|مرة بعد مرة|مرة تلو الأخرى|كل مرة)~ (أضطر|نضطر|علي|علينا)",
      ],
      say: "أود المتابعة بخصوص هذا الأمر",
    },
    {
      match: [
        "(تذكيري|تذكيرنا|رسالتي|رسالتنا|طلبي|طلبنا) (الثالث|الرابع|الخامس|السادس|الثالثة|الرابعة|الخامسة|السادسة|العاشر)",
        "(لن|لا) (يأخذ|يستغرق|تأخذ|تستغرق) (أكثر من )?(دقيقة|لحظة|ثانية|دقيقتين)",
        "(شكرا|شكرا لكم)~ (لأنكم|على|أنكم)~ (أخيرا|وأخيرا|في النهاية)",
        "(مرة أخرى|مجددا|من جديد|للمرة)~ (نضطر|أضطر|مضطر|مضطرون|مضطرين)",
        "(بالتأكيد|أكيد|لا شك|طبعا) (أنكم )?(مشغولون|مشغولين)~ (لكن|ولكن)",
      ],
      say: "أود المتابعة بخصوص هذا الأمر",
    },
    {
      match: [
        "(مبروك|برافو|أحسنتم|تهانينا)~ (على )?(السرعة|سرعتكم|الالتزام|الدقة|الكفاءة)",
        "(سرعة|كفاءة|دقة) (مذهلة|مبهرة|رائعة|قياسية|عجيبة)",
        "(يبدو|على ما يبدو)~ (بقيت|ظلت) (دون رد|بلا رد|بدون رد)",
      ],
      say: "أكون ممتنا لرد قصير",
    },
  ],
};

// Round 3: general shapes. An earlier message cited as already said ("as already mentioned in
// my previous emails": "already" or several messages is the tell); "I'm sure you are busy,
// but"; "I shouldn't have to remind you"; the sarcastic "I see no other explanation" (spam
// folders and the like); a promise word redefined ("'tomorrow' for you means next month");
// ironic praise of speed followed by "only a month".
const ROUND3: Readonly<Record<BuyerLanguage, readonly ToneRule[]>> = {
  en: [
    {
      match: [
        "as (i |we )?(have |had )?(already |previously )?(mentioned|stated|said|explained|indicated|noted|wrote|written|told you|pointed out|highlighted|requested|asked)~ (in|on|through) (my|our|all my|all our|several of my|several of our) (previous|earlier|last|past|several|many|numerous|prior|repeated|various) (emails|e-mails|messages|reminders|letters|mails|calls|follow-ups)",
        "as (i |we )?(have |had |'ve )?already (mentioned|stated|said|explained|indicated|noted|written|told you|pointed out|highlighted|reminded you)",
        "(i|we) (really |honestly |frankly |truly |genuinely |surely )?(should not|shouldn't|should never|ought not to|shouldn't need to|should not need to) (have to |need to |be having to |be forced to )?(keep )?(remind|reminding|ask|asking|chase|chasing|tell|telling|write|writing|follow up|following up|beg)",
        "(see|find|have|can think of|there is|there's|i see|we see) no (other|another|better) (explanation|reason|way to explain)",
        "(can't|cannot|can not|couldn't|could not|don't|do not) (think of|find|see|imagine) (any |an )?(other|another) (explanation|reason)",
        "(how else|what else) (can|could|would) (i|we|one) explain",
        "(can't|cannot|could not|couldn't) explain (it|this|that) (any )?other(wise| way)",
        "(i'm sure|i am sure|surely|no doubt|obviously|of course)~ (you have|you've|you got|your team has) (a lot|lots|plenty|so much|many things|a thousand things|better things)~ (to do|on your plate|going on)~,? but",
        "(\"|“|')?(tomorrow|next week|soon|asap|shortly|right away|today)(\"|”|')? (for you|in your company|in your (book|dictionary|world)|on your side)~ (means|meant|translates to|stands for|is code for)",
      ],
      say: "may I kindly follow up on this",
    },
  ],
  zh: [
    {
      match: [
        "(我|我们)(之前|此前|先前|已经|早就|早已)(已经)?(多次|几次|反复|一再|屡次|无数次|好几次|N次)(提到|说过|说了|提醒|告知|强调|说明|写过|讲过)",
        "(正如|如同|如)(我|我们)(在)?(前几封|前几次|上几封|之前几封|多封|多次)(邮件|信|消息)?(中|里)?(所)?(提到|说|说过|说明|告知|强调)",
        "(贵人事忙|贵人多忘事|日理万机|赏个脸|赏脸|大驾|屈尊)",
        "(每周|每个星期|每天|每次|天天|次次|每个月|每月)(都)(要|得)(来)?(提醒|催|追|问)",
        "(没有|找不到|想不出|想不到|实在想不出)(别的|其他|其它|第二种|任何其他)(解释|原因|理由|可能)",
        "((真|好|可真|太|真是|实在)(快|及时|迅速|高效|准时|神速)|(效率|速度)(真|好|可真|太|真是|实在)(高|快))(啊|呀|呢|哦)?[，,！!]?…(才|只|仅仅|不过|也就)…(天|周|星期|礼拜|个月|月|年)",
        "(在|对)(你们|您|贵司|你)(那里|那边|这里|来说)?(的意思)?(就是|原来是|意思是|等于|相当于)(下个月|下周|下星期|明年|一个月|几个月|几周)",
      ],
      say: "想再跟进一下这件事",
    },
  ],
  es: [
    {
      match: [
        "(tal |tal y )?(como|según) (ya )?(le |les |se lo |se los )?(indiqué|mencioné|comenté|dije|expliqué|escribí|informé|señalé|recordé|indicamos|mencionamos|comentamos|dijimos|explicamos|escribimos|informamos|señalamos|recordamos|indicado|mencionado|comentado|explicado)~ (en|a través de|por) (mis|nuestros|varios|todos mis|todos nuestros|los) (correos|mensajes|e-mails|emails|mails|recordatorios|escritos|llamadas)",
        "(como|según) ya (le |les |se lo |se los |te )?(indiqué|mencioné|comenté|dije|expliqué|escribí|informé|señalé|recordé|indicamos|mencionamos|comentamos|dijimos|explicamos|informamos|señalamos|recordamos|he indicado|he mencionado|he comentado|he dicho|he explicado|hemos indicado|hemos mencionado)",
        "no (debería|deberíamos|tendría|tendríamos|tengo|tenemos)~ (que|de) (estar )?(recordarle|recordarles|recordar|recordándole|recordándoles|escribirle|escribirles|insistir|insistirle|perseguirle|perseguirles|reclamar|reclamarle|pedirle|pedirles)",
        "no (encuentro|veo|tengo|se me ocurre|hay|encontramos|vemos|tenemos) (otra|ninguna otra|mejor) explicación",
        "(otra|ninguna otra) explicación no (encuentro|veo|tengo|se me ocurre|encontramos|vemos)",
        "de otra (forma|manera) no (me |nos )?lo (explico|explicamos|puedo explicar|podemos explicar)",
        "(seguro que|sin duda|ya sé que|claro que|por supuesto que|estoy seguro de que|no dudo que|me imagino que) (usted |ustedes )?(está|están|tiene|tienen|anda|andan)~ (muy |super |tan )?(ocupad[oa]s?|liad[oa]s?|mucho trabajo|mil cosas|muchas cosas|mucho que hacer)~,? pero",
        '("|“|«)?(mañana|la semana que viene|la próxima semana|pronto|en breve|ya mismo)("|”|»)? (para ustedes|para usted|en su empresa|en su idioma|en su diccionario)~ (significa|quiere decir|equivale a)',
      ],
      say: "quisiera hacer un breve seguimiento",
    },
  ],
  fr: [
    {
      match: [
        "comme (je vous l'ai |je l'ai |nous vous l'avons |nous l'avons )?(déjà )?(indiqué|mentionné|dit|écrit|signalé|précisé|expliqué|rappelé|souligné)~ dans (mes|nos|plusieurs de mes|plusieurs de nos) (précédents |derniers |multiples |nombreux |différents )?(mails|e-mails|courriels|messages|relances|courriers)",
        "comme (je vous l'ai |je l'ai |nous vous l'avons |nous l'avons |je vous |nous vous )?déjà (indiqué|mentionné|dit|écrit|signalé|précisé|expliqué|rappelé|souligné)",
        "(je|nous) ne (devrais|devrions|devrais même|devrions même)~ pas (avoir à|devoir|à) (vous )?(relancer|rappeler|réclamer|écrire|courir après|redemander|solliciter|demander)",
        "(je ne vois|je ne trouve|nous ne voyons|nous ne trouvons|je n'ai|je n'en vois|je n'en trouve|il n'y a) (pas |aucune |guère )?d'autre(s)? explications?",
        "(aucune |pas d')autre explication",
        "je ne (me l'explique|l'explique|me l'explique|vois pas comment l'expliquer) (pas )?autrement",
        "(je sais bien|je me doute bien|je me doute|je ne doute pas|nul doute|sans doute|certainement|bien sûr|évidemment|je suis sûr|je suis certain)~ (que )?(vous avez|vous êtes)~ (mille choses|cent choses|beaucoup|tant|énormément|fort|très occupée?s?|débordée?s?|surchargée?s?|d'autres chats)~,? mais",
        '("|“|«)?(demain|la semaine prochaine|bientôt|sous peu|tout de suite)("|”|»)? (chez vous|pour vous|dans votre (langage|vocabulaire|bouche))~ (signifie|veut dire|équivaut à)',
      ],
      say: "je me permets de revenir vers vous",
    },
  ],
  de: [
    {
      match: [
        "wie (ich |wir )?(ihnen |euch )?(bereits |schon )?(in|aus) (meinen|unseren|mehreren|den) (letzten|vorherigen|früheren|bisherigen|vorigen|zahlreichen|mehreren|diversen|vergangenen) (e-mails|mails|nachrichten|schreiben|erinnerungen|briefen|telefonaten)",
        "wie (ich |wir )?(ihnen |euch )?(bereits|schon) (mehrfach|mehrmals|wiederholt|oft|öfter|öfters|x-mal|zigmal|mehr als einmal|des öfteren)",
        "(ich|wir) (sollte|sollten|müsste|müssten)[^.!?\\n;,]{0,40}(nicht|nie|keinesfalls)[^.!?\\n;,]{0,40}(erinnern|mahnen|nachfragen|nachhaken|hinterherlaufen|hinterhertelefonieren|anschreiben|bitten) (müssen)",
        "(anders|sonst) (kann|könnte) (ich|wir) (mir |uns )?(das|es|dies)~ (nicht|kaum) erklären",
        "(keine|keinen) (andere|anderen) (erklärung|grund|erklärungsmöglichkeit)",
        "(eine )?andere erklärung (habe|sehe|finde|haben|sehen|finden) (ich|wir) (nicht|keine)",
        "(sicher|sicherlich|bestimmt|natürlich|zweifellos|gewiss|ich weiß ja) (haben sie|habt ihr|dass sie|dass ihr)~ (viel|sehr viel|eine menge|genug|alle hände voll|wichtigeres|besseres|anderes) zu tun~,? (aber|doch)",
        "(finden|haben|nehmen) (sie|ihr) (ja|doch|ja vielleicht|vielleicht ja) (eine|ein|zwei|fünf|kurz|einen) (minute|minuten|minütchen|moment|augenblick)",
        '("|“|„)?(morgen|nächste woche|bald|demnächst|umgehend|sofort)("|”|“)? (heißt|bedeutet|ist) (bei ihnen|für sie|bei euch|in ihrem haus)~ (nächsten|nächste|in einem|ein|einen|übernächste|irgendwann)',
      ],
      say: "ich würde mich über eine kurze Antwort freuen",
    },
  ],
  pt: [
    {
      match: [
        "(conforme|como) (já )?(mencionado|indicado|informado|referido|dito|explicado|comunicado|solicitado|mencionei|informei|indiquei|disse|expliquei|referi|mencionamos|informamos|indicamos|dissemos|explicamos)~ (nos|em|pelos) (meus|nossos|vários|diversos|últimos|e-mails|emails|mensagens) ?(e-mails|emails|mensagens|lembretes|contatos|contactos|correios)?( anteriores)?",
        "(conforme|como) (eu |nós )?(já )(mencionado|indicado|informado|referido|dito|explicado|comunicado|mencionei|informei|indiquei|disse|expliquei|referi|mencionamos|informamos|indicamos|dissemos|explicamos|tinha dito|tinha mencionado|havia mencionado|havia informado)",
        "não (deveria|deveríamos|devia|devíamos|teria|teríamos|tenho|temos)~ (de |que )?(precisar |ter que |ter de |estar a |estar )?(lembrar|lembrá-los|lembrá-lo|relembrar|cobrar|insistir|escrever|perseguir|lembrando|cobrando|insistindo)",
        "(não )?(deveria|devia) ser (necessário|preciso) (lembrar|cobrar|relembrar|insistir)",
        "não (vejo|encontro|tenho|há|consigo ver|consigo encontrar|vemos|encontramos) (outra|nenhuma outra|melhor) explicação",
        "(outra|nenhuma outra) explicação não (vejo|encontro|tenho|vemos)",
        "(com certeza|certamente|sem dúvida|claro que) (você |vocês |o senhor |a senhora )?(está|estão|tem|têm|anda|andam)~ (muito |super |tão )?(ocupad[oa]s?|atarefad[oa]s?|muito trabalho|mil coisas|muitas coisas|muito que fazer|muito a fazer)~,? mas",
        '("|“|«)?(amanhã|semana que vem|próxima semana|em breve|logo)("|”|»)? (para vocês|para você|para o senhor|na sua empresa|no vosso dicionário|no seu dicionário)~ (significa|quer dizer|equivale a)',
      ],
      say: "gostaria de dar um breve seguimento",
    },
  ],
  ru: [
    {
      match: [
        "как (я |мы )?(уже )?(писал|писала|сообщал|сообщала|упоминал|упоминала|указывал|указывала|говорил|говорила|напоминал|напоминала|писали|сообщали|упоминали|указывали|напоминали|говорили)~ в (моих|наших|предыдущих|прошлых|нескольких|последних) (письмах|сообщениях|напоминаниях|письмах ранее)",
        "как (я |мы )?уже (не раз |неоднократно |несколько раз |много раз )?(писал*|сообщал*|упоминал*|говорил*|указывал*|напоминал*|объяснял*)",
        "(я|мы)? ?не (должен|должна|должны|должно) (бы )?(был |была |были )?(каждую неделю |каждый раз |постоянно |снова |вообще )?(напоминать|просить|писать|требовать|гоняться|бегать)",
        "(другого|иного|другое|иное|никакого другого) (объяснения|объяснение)~ (у меня |у нас )?(нет|не вижу|не нахожу|не могу найти|не видим|не находим)",
        "не (вижу|нахожу|могу найти|могу придумать|видим|находим) (другого|иного|другое|иное|никакого другого) объяснени*",
        "(иначе|по-другому|по-иному) (я |мы )?(это |этого )?не (могу |можем )?(объяснить|объясню)",
        "(иначе|по-другому|по-иному) (я |мы )?(это |этого )?(объяснить|объяснять) не (могу|можем)",
        "(конечно|безусловно|наверняка|разумеется|не сомневаюсь),? (что )?(вы|у вас)~ (очень |так )?(занят*|много дел|масса дел|куча дел|полно дел|много работы|дел по горло)~,? но",
        '("|“|«)?(завтра|на следующей неделе|скоро|в ближайшее время)("|”|»)? (у вас|для вас|по-вашему)~ (означает|значит)',
      ],
      say: "позвольте ещё раз уточнить",
    },
  ],
  ar: [
    {
      match: [
        "كما (سبق أن |سبق و)?(ذكرت|ذكرنا|أشرت|أشرنا|أوضحت|أوضحنا|أخبرتكم|أبلغتكم|نوهت|نوهنا|كتبت|كتبنا)~ (في|ب) (رسائلي|رسائلنا|إيميلاتي|إيميلاتنا|مراسلاتي|مراسلاتنا|رسائل سابقة|عدة رسائل)",
        "كما (سبق أن |سبق و)?(ذكرت|ذكرنا|أشرت|أشرنا|أوضحت|أوضحنا|أخبرتكم|أبلغتكم|نوهت|نوهنا|قلت|قلنا) (لكم )?(مرارا|مرارًا|عدة مرات|أكثر من مرة|مرات عديدة|مرارا وتكرارا)",
        "(ما كان ينبغي|ما كان يجب|لا ينبغي|لا يجب|ليس من المفروض|مش المفروض|ما المفروض|المفروض ما|ما كان لازم)~ (أن|ان) (أذكركم|أذكّركم|نذكركم|نذكّركم|أطاردكم|نطاردكم|أكرر|نكرر|أراسلكم|نراسلكم|أسألكم|نسألكم|ألاحقكم|نلاحقكم)",
        "(كل أسبوع|كل يوم|كل مرة|في كل مرة|كل شهر) (ب)?(نفس|ذات) (الفاتورة|الموضوع|الطلب|المبلغ|الدفعة)",
        "(لا أجد|لا أرى|ليس لدي|لا يوجد|ما في|مافي|ما عندي|لا نجد|لا نرى|ليس لدينا) (أي )?(تفسير|تفسيرا|تفسيرًا|سببا|سببًا|سبب|تفسير آخر|تفسيرا آخر) ?(آخر|اخر|غير ذلك|غير هذا)?",
        "(عندكم|لديكم|بالنسبة لكم|في قاموسكم|عندك|لديك)~ (معناها|معناه|يعني|تعني|بمعنى|معناها هو) (الشهر|الأسبوع|السنة|بعد شهر|بعد أسبوع|شهر|أسبوع)",
        "(متأكد|لا شك|طبعا|بالتأكيد)~ (أنكم|انكم|أنك|انك)~ (مشغولون|مشغولين|مشغول|لديكم الكثير|عندكم الكثير)~،? (لكن|ولكن|بس)",
      ],
      say: "أود المتابعة بخصوص هذا الأمر",
    },
  ],
};

export const passiveAggression: PatternFamily = {
  kind: "patterns",
  category: "passive_aggression",
  rules: {
    en: [
      {
        match: [
          "(as )?per my (last|previous|earlier|prior|last few) (email|e-mail|mail|message|note|reminder|emails|e-mails|messages|reminders)",
          "as (already|previously) (mentioned|stated|said|explained|indicated|noted|pointed out|advised|communicated|highlighted|requested)",
          "as (i |we )?(mentioned|stated|said|noted|explained|indicated|wrote|pointed out) in (my|our) (last|previous|earlier|prior) (emails?|e-mails?|mails?|messages?|notes?|reminders?)",
          "as (already |previously )?(mentioned|stated|said|explained|indicated|noted|pointed out) (several|many|multiple|numerous|a few|countless) times",
          "as (i|we)('ve|'d| have| had)? (already|previously|repeatedly) (mentioned|stated|said|explained|indicated|noted|pointed out|advised|requested|asked|written)",
          "as (i|we)('ve|'d| have| had)? (already |previously |repeatedly )?(mentioned|stated|said|explained|indicated|noted|pointed out|advised|requested|asked|wrote|written|highlighted|emphasi[sz]ed|told you|informed you|reminded you) (before|earlier|previously|already|several times|many times|multiple times|repeatedly|last time|more than once|a few times|numerous times|on several occasions)",
          "as (i|we)('ve|'d| have| had)? (already )?(told|reminded|informed) you( (many|several|multiple|numerous|countless|so many|a few|two|three|four|\\d{1,2}) times)?( before| already)?",
          "(i|we)('ve| have| had)? already (told|informed|explained to|reminded|advised) you",
        ],
        say: "just to recap",
      },
      {
        match: [
          "(i|we)('ve| have| had)? (already )?(asked|told|reminded|informed|written to|emailed|called|chased|contacted) you~ (many|several|multiple|numerous|countless|so many|a number of|a few|\\d{1,2}|two|three|four|five|six|ten|dozens of|repeated|hundreds of) (times|occasions|emails|reminders)",
          "how many (more )?times (do|must|should|will|have|shall|did|does|would) (i|we)",
          "for the (second|third|fourth|fifth|sixth|umpteenth|nth|n-th|hundredth|tenth|\\d{1,2}(st|nd|rd|th)) time",
          "(once|yet) again,? (i|we) (have to|must|need to|am forced to|are forced to|find (myself|ourselves) having to) (remind|ask|write|chase|follow up)",
          "(i|we) (have|need) to remind you (again|once again|yet again|one more time)",
          "(i|we) (shouldn't|should not) have to (remind|ask|chase|keep|write)",
          "(once|yet) again,? (i am|i'm|we are|we're) (writing|asking|reminding|chasing|following up)",
          "(not sure|no idea|i wonder) why (i|we) (have to|need to|must) (keep|ask|chase|remind|write)",
          "(i|we) (have to|need to|must) keep (asking|chasing|reminding|writing|following up)",
          "(i'll|i will|let me|i must|i have to) repeat (myself|it|again|once more)",
          "to (repeat|reiterate) (myself|again|once more|for the last time)",
          "again and again",
        ],
        say: "may I kindly follow up on this",
      },
      {
        match: [
          "(i|we) (really |simply |honestly |still |just )?(don't|do not|can't|cannot|fail to|really don't|do not really) (understand|see|get|comprehend) why",
          "(i|we) (fail|am unable|are unable) to understand (why|how)",
          "(it is|it's) (beyond me|a mystery to me) why",
          "(i'm|i am|we're|we are) not sure why (this|it|you|your|nobody|no one)",
        ],
        say: "could you help me understand",
      },
      {
        match: [
          "(i am|i'm|we are|we're|i have been|i've been|we have been|we've been) still waiting( (for|on) (your|you|a|an|any|the (payment|transfer|money|balance|deposit|remittance|bank slip|slip)|payment))?(?= ?([.!?,;:]|$))",
          "(i am|i'm|we are|we're|i have been|i've been|we have been|we've been) still waiting (for|on) (your|you|a reply|a response|an answer|an update|any|the (payment|transfer|money|balance|deposit|remittance|bank slip|slip)|payment)",
          "(i am|i'm|we are|we're) (again|once again) (waiting|chasing)",
          "(i|we)('ve| have) been waiting (for|since) (weeks|months|ages|so long|a long time|too long|far too long)",
          "still waiting (for|on) (your|a|any) (reply|answer|response|payment|update|transfer)",
        ],
        say: "we would be grateful for an update when you have a moment",
      },
      {
        match: [
          "(i'm|i am|we're|we are|i was|we were) (quite |very |really |rather |a bit |somewhat |extremely |deeply |frankly |honestly )?(surprised|shocked|amazed|astonished|disappointed|puzzled|baffled) (not to (hear|receive|see|get)|that you|by your|at your|that we (have not|haven't|still)|that (the|your) payment|that there (is|was|has been) (still )?no)",
          "did you (even|actually|ever) (read|see|open|check|receive) (my|our)",
          "did you not (read|receive|see|get) (my|our)",
          "(which|that|as) you (seem to have|apparently|obviously|clearly|must have|conveniently) (missed|overlooked|ignored|forgotten)",
          "you (seem to have|apparently|obviously|clearly|conveniently) (missed|overlooked|ignored|forgotten) (my|our)",
          "(the )?(courtesy|decency) of a (reply|response|answer)",
          "(at least|would it hurt to) (reply|respond|answer|acknowledge)",
          "as you (should|must|surely|very well|well) know",
          "as you (are|should be) (well|fully|surely|perfectly) aware",
          "as you know (very )?well",
          "(i am|i'm|we are|we're) (tired|sick) of (chasing|asking|waiting|reminding|writing|your)",
          "we are not a (bank|charity|charitable organi[sz]ation)",
          "(kindly |please )?(re-?read|read again|read carefully|check again) my (previous|last|earlier) (email|message|mail)s?",
          "(re-?read|read|check|look at) my (previous|last|earlier) (emails?|messages?|mails?) (again|carefully|properly|more carefully)",
          "(thank you|thanks) for finally",
          "you (finally|at last) (replied|responded|answered|got back)",
        ],
        say: "I would be grateful for a short update",
      },
      {
        match: [
          "(i'?m sure|i am sure|no doubt|surely|i know|we know|i understand|i realize|i realise|i guess|i imagine) (that )?(you are|you're|you must be|your team is|you have been|you've been)~ (very |so |extremely |terribly |incredibly |super |quite |really )?busy,? but (maybe|perhaps|surely|hopefully|possibly|somehow)",
          "busy~,? but~ (one|a single|just one|one single|1|five|two|5|2) (little )?(minute|minutes|second|seconds)",
          "(a single|one single|just one|one) (minute|second) of your (precious|valuable) time",
          "(a single|one single) (minute|second) of your time",
          "(i|we)('ve| have| had)? (already )?(been|were|was) (more than|extremely|very|incredibly|really|quite|exceptionally|already|so|too|overly|beyond|endlessly|remarkably) (patient|understanding|tolerant|lenient)",
          "(our|my) patience (is |has been |'s )?(running out|wearing thin|running thin|running low|exhausted|at an end|at its end|coming to an end|nearly gone|almost gone|limited|not (infinite|unlimited|endless))",
          "(our|my) patience has (its )?limits",
          "(we|i)('re| are|'m| am) (running out of|losing|about to lose) (our |my )?patience",
          "(we|i)('ve| have)? (run out of|lost) (our |my |all )?patience",
          "more than (patient|understanding|fair|flexible|generous|reasonable|accommodating|tolerant)",
          "(i|we)('ve| have| had)? (shown|given) (you )?(more than enough|enough|so much|a lot of|plenty of|a great deal of|endless) (patience|understanding|time)",
          "(fast|quick|prompt|speedy|rapid|swift|lightning|timely)~ (reply|response|answer|replies|responses|feedback)~ (to|on) (my|our|all my|all our|all (of )?(my|our)) (last )?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|many|several|numerous|countless|multiple|repeated) (emails|e-mails|mails|messages|reminders|letters|calls)",
          '["“](quick|fast|prompt|speedy|timely|kind|busy|urgent|soon|asap)["”] (reply|response|answer|replies|payment|action|attention|schedule)',
          "(in case|i guess|apparently|seems|seem|assuming) (all )?(of )?(my|our) (previous |earlier |last |many |several |other |numerous |(\\d{1,2}|two|three|four|five|six) )?(reminders|emails|e-mails|mails|messages|letters) (all )?(somehow )?(got|were|have been|went|had been|might have been|may have been|must have been|have all been|all got|somehow got) (all )?(lost|stuck|swallowed|eaten|missing)",
          "(reminders|emails|e-mails|mails|messages|letters)~ (got|get|were|have been|went|had been|might have been|may have been|must have been) lost (somewhere|on the way|along the way|in cyberspace)",
          "(payment|money|transfer|remittance|funds)~ (is |are |must be |seems to be |might be )?(travell?ing|coming|sent|shipped|going|arriving|being sent|being shipped|on its way) by (sea|ship|boat|slow boat|camel|snail mail|post|pigeon|donkey|sea freight|carrier pigeon)",
          "(by|via) (slow boat|snail mail|carrier pigeon|camel)",
        ],
        say: "I would be grateful for a short update",
      },
      {
        match: ["with all (due )?respect"],
        say: "I would be grateful for a short update",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: [
          "refer (back )?to my (previous|last|earlier|prior) (emails?|e-mails?|mails?|messages?)",
          "(been|were|was) (patient|understanding|flexible|tolerant) enough",
          "all (of )?(my|our) (previous |earlier |last )?(reminders|emails|e-mails|mails|messages)~ (went|go|gone|landed|ended up|got lost|were lost|disappeared)",
          "at this rate,? (the|your|our) (money|payment|transfer|remittance|funds)",
        ],
        say: "just to recap",
        notAfter: "^ ?(below |again )?(for|with) ",
      },
      {
        match: ["with respect(?= ?,)"],
        say: "I would be grateful for a short update",
        notAfter: "^ ?[,.]? ?$",
      },
      ...MORE.en,
      ...ROUND3.en,
    ],
    zh: [
      {
        match: [
          "(如|正如|就像|像)(我|我们)(之前|以前|前面|上次|早前)?(已经|早就|早已|多次|一再|反复|再三|屡次|早)(说过|说了|提到过|提到|讲过|讲了|告诉过|告诉|强调过|强调|提醒过|提醒|提过)",
          "(如|正如|就像|像)(我|我们)(之前|上次|前面)(说过|讲过|告诉过(你|您|你们|贵司)?|强调过|提醒过)",
          "(如|正如|就像)(我|我们)?(之前|以前|上次|早前|前面)(所说|所述|说过|讲过|提到过)(的)?",
          "(如|正如|就像)(我|我们)?(在)?(上|上一|前一|之前的?)封?(邮件|信)(中|里)?(所说|所述|说过的|说的|提到的|提到过的|提及的)",
          "如前所述",
          "(我|我们)(上封邮件|上一封邮件|之前|早就|已经)…(说得很清楚|写得很清楚|讲得很清楚|说得清清楚楚|写得清清楚楚)",
          "(我|我们)?(已经)?(说|讲|提醒|告诉|强调|催|问)(过|了)(你|你们|您|贵司)?(很多|好多|多少|无数|N|n|几|好几|三|四|五|十)(次|遍)(了)?",
          "(我|我们)(已经)?(跟|和|向|给)(你|你们|您|贵司)(说|讲|提醒|强调|催)(过|了)(很多|好多|无数|好几|几|多)(次|遍)",
        ],
        say: "再跟您确认一下",
      },
      {
        match: [
          "(这是|这已经是|已经是)(我|我们)?第(三|四|五|六|七|八|九|十|N|n|\\d{1,2})次(提醒|催|催款|问|发邮件|写信|联系|跟进)",
          "(要|得|需要)(我|我们)(说|讲|提醒|催|问)(多少|几)(次|遍)",
          "(我|我们)(又|再一次|再次)(不得不|只好|只能)(提醒|催|写信|发邮件)",
          "(这是|这已经是|已经是)?第(三|四|五|六|七|八|九|十|\\\\d{1,2})(封|次)(催款|提醒|跟进)?(邮件|提醒|信|催款)",
        ],
        say: "想再跟进一下这件事",
      },
      {
        match: [
          "(我|我们)(真的|实在|完全|就是|始终)?(不明白|不理解|不懂|搞不懂|想不通|无法理解|不能理解)(为什么|为何|怎么会|你们|贵司|您)",
        ],
        say: "想请您帮我了解一下情况",
      },
      {
        match: [
          "(还在|一直在|仍在|依然在|仍然在|一直)等(你|你们|您|贵司)?的?(回复|付款|消息|答复|回音|款)",
          "(已经)?等了(很久|好久|这么久|那么久|(一|两|三|几|好几|\\d{1,2})个?多?(星期|周|月|礼拜))(了)?",
        ],
        say: "方便时请告诉我们最新进展",
      },
      {
        match: [
          "(难道|莫非)(你|你们|您|贵司)…(没有?|不)(看到|收到|看|读|知道)",
          "(你|你们|您)(到底|究竟)?(有没有|是否)(看|读|仔细看)(过)?(我|我们)的(邮件|信息|消息)",
          "请(再|重新)?(仔细|认真)(看|阅读|读)(一下)?(我|我们)?(之前|上一封|上封)的?(邮件|信息)",
          "(我们|我司)(不是|并不是)(银行|慈善机构|慈善)",
          "(连|起码|至少)(一个|个)?(回复|回音|答复)(都没有|也没有|都不给)",
        ],
        say: "方便时请简单回复一下",
      },
      {
        match: [
          "(如|正如|就像|像)(我|我们)(之前|以前|前面|上次|早前)?(已经|早就|早已)?(多次|一再|反复|再三|屡次|几次|好几次|无数次)(跟|向|和|给)?(你们|您|你|贵司)?(说过|说了|提到过|提到|讲过|讲了|告诉过|告诉|强调过|强调|提醒过|提醒|提过)",
          "(请)?(参见|参阅|翻阅|回看|翻看|见)(一下)?(我|我们)(的)?(上一封|上封|之前的|前一封|上次的|此前的|之前那封|上次那封)(邮件|信|消息)",
        ],
        say: "再跟您确认一下",
      },
      {
        match: [
          "(很忙|这么忙|那么忙|非常忙|太忙|忙碌|挺忙|特别忙)(吧)?[，,]? ?(但|但是|可是|不过)…(一分钟|几分钟|一秒钟|一点点时间|片刻|一秒)",
          "(说句不好听的|不客气地说|直说了吧)",
          "(我们|我|我方|我司)(已经|一直|真的|实在|也)?(非常|很|十分|足够|够|相当|极其|特别|太)(有耐心|耐心|宽容|包容)(了)",
          "(我们|我|我方|我司)(的)?耐心…(耗尽|用完|用光|没了|到头|到了极限|到极限|磨光|消磨殆尽|所剩无几|被耗光)",
          "(我们|我|我方|我司)(已经|快|快要|实在|真的){0,2}(没有|没|失去了|失去)(什么|多少)?耐心",
          "(我们|我|我方|我司)(的)?耐心(已经|也)?(是)?(有限|足够|够多)",
          "对(我|我们)(的)?(两|三|四|五|六|七|八|九|十|几|好几|多|\\d{1,2})(封|条|次)(邮件|信|催款邮件|消息|提醒)…(回复|答复|回应)",
          '[“"「『](迅速|及时|快速|神速|积极|高效|准时|很快|马上|尽快|不小心|意外|忙|很忙|正在处理)[”"」』]',
          "(邮件|提醒|信息|信|消息)(都|全都|全部|统统)…(丢了|丢失|进了|掉进|被拦截|被过滤|不见了|寄丢|漏掉)",
          "(以防|以免|万一|怕|是不是)(我|我们)(之前|前面|上次|此前|先前)?的(邮件|提醒|信息|催款邮件|信)(都|全|全部|统统)",
          "(跟着|随着|和|同)(货物|货|集装箱)(一起)?(走海运|坐船|漂洋过海|慢慢漂)",
          "(款项|这笔钱|钱|汇款|这笔款)(是)?(坐船|骑骆驼|飞鸽传书|爬过来|漂洋过海)",
          "(到得|来得|走得|汇得|付得)(可)?(真|太|好|也太)慢(啊|呀|呢|了)",
        ],
        say: "方便时请简单回复一下",
      },
      {
        match: ["恕我直言"],
        say: "方便时请简单回复一下",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: ["(照|按)(这个|这样的?)(速度|节奏)…(款|钱|付款|汇款)"],
        say: "方便时请简单回复一下",
      },
      ...MORE.zh,
      ...ROUND3.zh,
    ],
    es: [
      {
        match: [
          "como (ya )?(le|les|te|se lo|se los|te lo) (he )?(dije|dicho|repetido|repetí)",
          "como ya (le |les |se |te |se lo )?(he |hemos )?(mencionado|mencioné|indicado|indiqué|explicado|expliqué|comentado|comenté|dicho|informado|señalado|señalé|mencionamos|indicamos|explicamos)",
          "como ya (se )?(ha |había )?(sido )?(mencionado|indicado|explicado|dicho|comentado|señalado)",
          "como ya se (mencionó|indicó|dijo|explicó|comentó|señaló)",
          "como (le |les )?(mencioné|indiqué|comenté|dije|expliqué) en mi (último|anterior) (correo|mensaje|email|e-mail)",
          "como (se )?(indica|indicaba|menciona|mencionaba) en mi (último|anterior) (correo|mensaje|email|e-mail)",
          "(según|conforme a) mi (último|anterior) (correo|mensaje|email|e-mail)",
          "(según|conforme a) mi (correo|mensaje|email|e-mail) anterior",
        ],
        say: "para recapitular",
      },
      {
        match: [
          "(se lo|se los|te lo|les|le|lo) (he|hemos) (dicho|repetido|recordado|pedido|preguntado|escrito)~ (muchas|varias|tantas|mil|infinidad de|\\d{1,2}|dos|tres|cuatro|cinco|reiteradas|repetidas) veces",
          "(muchas|varias|tantas|mil|reiteradas|repetidas) veces (se lo|le|les|te) (he|hemos) (dicho|repetido|recordado|pedido|escrito)",
          "cuántas veces (tengo|tendré|debo|hay|tenemos|tendremos) que",
          "por (segunda|tercera|cuarta|quinta|enésima|décima|última) vez",
          "(una vez más|de nuevo|otra vez),? (tengo|tenemos|debo|debemos|me veo obligad[oa]|nos vemos obligados) (que |a )?(recordarle|recordarles|escribirle|escribirles|pedirle|pedirles|insistir|reclamar)",
        ],
        say: "quisiera hacer un breve seguimiento",
      },
      {
        match: [
          "no (entiendo|entendemos|comprendo|comprendemos|logro entender|logramos entender|acabo de entender|me explico|nos explicamos) (por qué|porqué|cómo es posible|porque)",
        ],
        say: "¿podría ayudarme a entender",
      },
      {
        match: [
          "(sigo|seguimos|todavía estoy|todavía estamos|aún estoy|aún estamos|estamos todavía|estoy todavía) esperando (su|sus|el pago|la transferencia|el dinero|el saldo|el anticipo|el comprobante|una respuesta|respuesta|noticias)",
          "(sigo|seguimos|todavía estoy|todavía estamos|aún estoy|aún estamos|estamos todavía|estoy todavía) esperando(?= ?([.!?,;:]|$))",
          "(llevamos|llevo) (semanas|meses|mucho tiempo|demasiado tiempo) esperando",
        ],
        say: "le agradeceríamos una actualización cuando le sea posible",
      },
      {
        match: [
          "no somos (un banco|una (entidad|organización|institución) benéfica|una ong|beneficencia)",
          "(me|nos) (sorprende|extraña|decepciona) (mucho |bastante )?(que (usted|ustedes)? ?(no|todavía|aún|siga|sigan)|no (haber|recibir|tener))",
          "(ni siquiera|acaso no) (ha|han) (leído|visto|recibido|respondido)",
          "(¿)?(ha|han) (leído|visto) siquiera (mi|mis|nuestro|nuestros)",
          "(estoy|estamos) (cansad[oa]s?|hart[oa]s?) de",
          "(al menos|por lo menos) (una|la cortesía de una|podría dar una) (respuesta|contestación)",
        ],
        say: "le agradecería una breve respuesta",
      },
      {
        match: [
          "(tal )?como (ya )?(le |les )?(indicaba|mencionaba|comentaba|decía|explicaba|señalaba|indicábamos|mencionábamos|comentábamos|decíamos) (en mi|en nuestro|en el) (último|anterior|correo anterior|mensaje anterior)",
          "como (yo |nosotros )?ya (le |les |te )?(dije|dijimos|he dicho|hemos dicho|indiqué|indicamos|mencioné|mencionamos|expliqué|explicamos|comenté|comentamos|escribí|escribimos)",
        ],
        say: "para recapitular",
      },
      {
        match: [
          "ocupad[oa]s?~,? pero (quizás|quizá|tal vez|a lo mejor|seguro que|seguramente|acaso)",
          "(un solo minuto|un minutito|un único minuto|un segundo) de su (valioso |precioso )?tiempo",
          "(nuestra|mi) paciencia (se está agotando|se agota|se ha agotado|se agotó|se está acabando|se acaba|se ha acabado|se acabó|está llegando a su (fin|límite)|llega a su (fin|límite)|tiene (un )?límites?|está al límite|no es infinita)",
          "se (nos|me) (está acabando|acaba|acabó|ha acabado|está agotando|agota|agotó|ha agotado) la paciencia",
          "(estamos|estoy) (perdiendo|a punto de perder) la paciencia",
          "(hemos|he) perdido (la|toda la) paciencia",
          "más que (paciente|pacientes|comprensiv[oa]s?|flexibles?|razonables?|generos[oa]s?)",
          "(hemos|he) (sido|tenido|mostrado|demostrado) (muy |más que |bastante |demasiado |sumamente |realmente |mucha |muchísima |suficiente |infinita )?(paciente|pacientes|paciencia|comprensiv[oa]s?)",
          "(rápid*|rapidísim*|pront*|velo*|inmediat*)~ (respuesta|contestación|respuestas)~ a (mis|nuestros|nuestras|todos mis|todas mis) (\\d{1,2}|dos|tres|cuatro|cinco|seis|siete|diez|muchos|muchas|numerosos|numerosas|varios|varias|reiterados|reiteradas|innumerables) (correos|mensajes|emails|e-mails|recordatorios|llamadas|avisos)",
          "(mis|nuestros|nuestras) (anteriores |previos |previas |últimos |últimas |numerosos |numerosas )?(recordatorios|correos|mensajes|emails|e-mails|avisos)~ (se )?(perdieron|han perdido|hayan perdido|hubieran perdido|extraviaron|han extraviado|hayan extraviado|hubieran extraviado)",
          "se (perdieron|han perdido|hayan perdido|hubieran perdido) por el camino",
          "(dinero|pago|transferencia|importe)~ (viene|viaja|llega|va|venga|viniendo|viajando|llegando) (en|por) (barco|mar|burro|camello|paloma|correo ordinario|vía marítima)",
        ],
        say: "le agradecería una breve respuesta",
      },
      {
        match: ["con (todo|el debido|todo el|el mayor) respeto"],
        say: "le agradecería una breve respuesta",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: [
          "a este (ritmo|paso),? (el dinero|el pago|la transferencia|su pago|su transferencia|los fondos)",
        ],
        say: "le agradecería una breve respuesta",
      },
      ...MORE.es,
      ...ROUND3.es,
    ],
    fr: [
      {
        match: [
          "comme (je vous l'ai|je l'ai|nous vous l'avons|nous l'avons|je te l'ai) (déjà )?(dit|répété|redit)",
          "comme (je vous l'ai|je l'ai|nous vous l'avons|nous l'avons) déjà (expliqué|indiqué|écrit|signalé|mentionné|précisé|souligné)",
          "comme (déjà|précédemment) (mentionné|indiqué|dit|expliqué|signalé|précisé|évoqué)",
          "comme (je l'ai |nous l'avons )?(indiqué|mentionné|précisé|écrit|dit|signalé) dans mon (dernier|précédent) (e-mail|email|courriel|mail|message)",
          "comme (je l'ai|nous l'avons|je vous l'ai|nous vous l'avons) (indiqué|dit|écrit|expliqué|mentionné) (à plusieurs reprises|maintes fois|plusieurs fois|à maintes reprises)",
          "(conformément à|selon|suivant) mon (dernier|précédent) (e-mail|email|courriel|mail|message)",
        ],
        say: "pour récapituler",
      },
      {
        match: [
          "(je|nous) vous (l'ai|l'avons|ai|avons) (déjà )?(dit|répété|rappelé|demandé|écrit|relancé)~ (plusieurs|maintes|mille|de nombreuses|à plusieurs|à maintes|\\d{1,2}|deux|trois|quatre|cinq) (fois|reprises)",
          "combien de fois (dois-je|faut-il|devrai-je|devons-nous|dois je|devrons-nous|vais-je devoir)",
          "(pour|c'est) la (deuxième|troisième|quatrième|cinquième|énième|dixième|ixième|\\d{1,2}e|dernière) fois",
          "(une fois de plus|encore une fois),? (je|nous) (dois|devons|me vois|nous voyons|suis obligé|sommes obligés)",
        ],
        say: "je me permets de revenir vers vous",
      },
      {
        match: [
          "(je ne comprends pas|je ne comprends toujours pas|nous ne comprenons pas|nous ne comprenons toujours pas|je n'arrive pas à comprendre|je ne m'explique pas|nous ne nous expliquons pas|je ne vois pas) pourquoi",
        ],
        say: "pourriez-vous m'aider à comprendre",
      },
      {
        match: [
          "(j'attends|nous attendons) (toujours|encore) (votre|vos|le (paiement|règlement|virement)|un retour|une réponse|de vos nouvelles)",
          "(j'attends|nous attendons) (toujours|encore)(?= ?([.!?,;:]|$))",
          "(toujours|encore) dans l'attente",
          "(cela fait|ça fait) (des semaines|des mois|longtemps) que (nous attendons|j'attends)",
        ],
        say: "nous vous serions reconnaissants d'un petit point quand vous le pourrez",
      },
      {
        match: [
          "(nous ne sommes pas|on n'est pas|nous ne sommes pas non plus) (une banque|une œuvre de charité|une association caritative|une œuvre caritative)",
          "(je suis|nous sommes) (très |assez |vraiment )?(surpris|étonnés|étonné|surprise|surprises|déçu|déçus|déçue|stupéfaits) (de ne pas|que vous|par votre|de votre)",
          "(avez-vous|avez vous) (seulement|même|au moins|bien) (lu|reçu|vu|ouvert) (mes|mon|nos|notre)",
          "(je suis|nous sommes) (las|lasse|lassés|fatigués|fatigué) de",
          "(la moindre|un minimum de) (réponse|courtoisie|politesse)",
        ],
        say: "je vous serais reconnaissant d'une courte réponse",
      },
      {
        match: [
          "occupée?s?~,? mais (peut-être|une (petite|simple|courte) réponse|un (petit|simple) (mot|retour)|une (petite )?minute|juste|ne serait-ce|sans doute)",
          "(une seule|une petite|une malheureuse|une toute petite) (minute|seconde) de votre (précieux )?temps",
          "de votre précieux temps",
          "(notre|ma) patience (a (ses|des) limites|est à bout|s'épuise|est épuisée|commence à s'épuiser|arrive à (son terme|bout|sa fin)|touche à sa fin|a atteint ses limites|n'est pas (infinie|illimitée|sans limites?))",
          "(nous|je) (perdons|perds|commençons à perdre|commence à perdre|avons perdu|ai perdu) (toute )?patience",
          "(nous sommes|je suis) à bout de patience",
          "plus que (patients?|patientes?|compréhensifs?|compréhensives?|conciliants?|flexibles|arrangeants?)",
          "(nous avons|j'ai|nous avons déjà|j'ai déjà) (été|fait preuve d'une|fait preuve de) (très |extrêmement |bien |vraiment |largement |suffisamment |beaucoup de |énormément de |une grande |une immense |grande |immense )?(patients?|patience|compréhensifs?|compréhension)",
          "(rapide|prompte|immédiate|éclair|si rapide|très rapide|aussi rapide)~ (réponse|retour|réaction)~ à (mes|nos|toutes mes|tous mes|toutes nos) (\\d{1,2}|deux|trois|quatre|cinq|six|sept|dix|nombreux|nombreuses|multiples|innombrables) (relances|messages|e-mails|emails|mails|courriels|rappels|appels)",
          "(réponse|retour) (si |très |tellement |extrêmement |ultra |super |aussi )?(rapide|prompte|immédiate|éclair) à (mes|nos|toutes mes|tous mes) (\\d{1,2}|deux|trois|quatre|cinq|six|sept|dix|nombreux|nombreuses|multiples|innombrables)",
          "(mes|nos) (précédents |derniers |nombreux |anciens )?(messages|relances|e-mails|emails|mails|courriels|rappels)~ (se (seraient|sont|soient) (égarés|égarées|perdus|perdues)|(auraient|ont|aient) été (égarés|égarées|perdus|perdues)|(perdus|égarés) en (route|chemin))",
          "à ce rythme(-là)?,? (le virement|le paiement|le règlement|votre paiement|votre virement|votre règlement|l'argent|les fonds|nous (serons|allons) payés|nous recevrons)",
          "(virement|paiement|règlement|argent)~ (arrive|arrivera|voyage|vient|viendra|est envoyé)~ (par bateau|par la mer|à dos de chameau|par pigeon|par voie maritime|en bateau|après le prochain conteneur)",
        ],
        say: "je vous serais reconnaissant d'une courte réponse",
      },
      {
        match: [
          "(sauf votre respect|avec tout le respect|avec tout mon respect|avec le respect que je vous dois)",
        ],
        say: "je vous serais reconnaissant d'une courte réponse",
        notAfter: "^ ?[,.،]? ?$",
      },
      ...MORE.fr,
      ...ROUND3.fr,
    ],
    de: [
      {
        match: [
          "wie (ich |wir )?(ihnen )?(bereits|schon) (mehrfach |mehrmals |oft |x-mal |zigmal |öfter )?(erwähnt|gesagt|mitgeteilt|geschrieben|erklärt|angemerkt|betont|hingewiesen|darauf hingewiesen|ausgeführt|dargelegt)",
          "wie (ich ihnen|wir ihnen) (schon |bereits )?(gesagt|geschrieben|mitgeteilt) (habe|haben)",
          "(gemäß|laut) meiner (letzten|vorherigen|vorigen) (e-mail|email|mail|nachricht)",
          "wie (bereits |schon )?in meiner (letzten|vorherigen|vorigen) (e-mail|email|mail|nachricht) (erwähnt|geschrieben|mitgeteilt|angegeben|erklärt)",
        ],
        say: "kurz zusammengefasst",
      },
      {
        match: [
          // "es", "das" may stand before or after "Ihnen": "ich habe es Ihnen …", "ich habe Ihnen das …".
          "(ich habe|wir haben) ((es|das|dies) )?((ihnen|euch|sie|dich) )?((es|das|dies) )?(schon |bereits )?(mehrfach|mehrmals|oft|x-mal|zigmal|unzählige male|mehrere male|\\d{1,2} mal|zweimal|dreimal|viermal|wiederholt|immer wieder) (gesagt|geschrieben|erinnert|gebeten|gefragt|mitgeteilt|gemahnt|angeschrieben|kontaktiert)",
          "(das|dies|es) (habe ich|haben wir) ((ihnen|euch) )?(schon |bereits )?(mehrfach|mehrmals|oft|x-mal|zigmal|unzählige male|mehrere male|\\d{1,2} mal|zweimal|dreimal|viermal|wiederholt|immer wieder) (gesagt|geschrieben|mitgeteilt)",
          "wie oft (muss|soll|müssen|sollen|werde) (ich|wir)",
          "(zum|bereits zum|nun zum|jetzt zum|schon zum) (zweiten|dritten|vierten|fünften|x-ten|zigsten|\\d{1,2}\\.) (mal|male)",
          "(erneut|schon wieder|wieder einmal|einmal mehr|abermals) (muss|müssen) (ich|wir)",
        ],
        say: "ich möchte kurz nachfassen",
      },
      {
        match: [
          "(ich verstehe|wir verstehen|ich begreife|wir begreifen|verstehe ich|verstehen wir)~ (einfach |wirklich |immer noch |leider )?nicht,? (warum|wieso|weshalb)",
          "(es ist mir|mir ist es|es ist uns|uns ist es) (unverständlich|ein rätsel),? (warum|wieso|weshalb)",
        ],
        say: "könnten Sie mir helfen zu verstehen",
      },
      {
        match: [
          "(ich|wir) (warte|warten) (immer noch|noch immer|weiterhin|nach wie vor)( auf (ihre|ihren|die (zahlung|überweisung|antwort|rückmeldung)|eine (antwort|rückmeldung|zahlung)|den (betrag|zahlungsbeleg|zahlungseingang))|(?= ?([.!?,;:]|$)))",
          "(warte|warten) (ich|wir) (immer noch|noch immer|nach wie vor)( auf (ihre|ihren|die (zahlung|überweisung|antwort|rückmeldung)|eine (antwort|rückmeldung|zahlung))|(?= ?([.!?,;:]|$)))",
          "(seit wochen|seit monaten|seit langem) (warte|warten) (ich|wir)",
        ],
        say: "wir würden uns über eine kurze Rückmeldung freuen",
      },
      {
        match: [
          "(wir sind|ich bin) (keine bank|kein wohltätigkeitsverein|keine wohlfahrtsorganisation|kein kreditinstitut)",
          "(haben sie|habt ihr) (meine|unsere) (e-mails|emails|mails|nachrichten|e-mail|mail|nachricht) (überhaupt|eigentlich|denn|auch) (gelesen|erhalten|geöffnet)",
          "(bin|sind) (ich |wir )?(sehr |schon |ziemlich )?(überrascht|enttäuscht|erstaunt|verwundert|befremdet),? dass sie",
          "(ich bin|wir sind) (es )?leid",
          "(wenigstens|zumindest) eine (antwort|rückmeldung|kurze antwort)",
        ],
        say: "ich würde mich über eine kurze Antwort freuen",
      },
      {
        match: [
          "wie (bereits |schon )?in meiner (letzten|vorherigen|vorigen|gestrigen|früheren) (e-mail|email|mail|nachricht|erinnerung) (bereits|schon) (erwähnt|geschrieben|mitgeteilt|angegeben|erklärt|ausgeführt|dargelegt|angemerkt)",
          "beschäftigt,? aber (vielleicht|eventuell|möglicherweise|sicher|bestimmt|doch)",
          "(eine einzige|nur eine|wenigstens eine) (kleine )?(minute|minuten|sekunde) (ihrer|eurer) (kostbaren |wertvollen )?zeit",
          "(unsere|meine) geduld (ist|geht)~ (am ende|zu ende|erschöpft|aufgebraucht|begrenzt|nicht (unendlich|grenzenlos))",
          "(unsere|meine) geduld (neigt sich dem ende|hat (ihre |auch )?grenzen)",
          "(uns|mir) (reißt|platzt) (langsam |bald |allmählich |jetzt )?der geduldsfaden",
          "(wir verlieren|ich verliere) (langsam |allmählich |jetzt )?(die|unsere|meine) geduld",
          "(wir haben|ich habe) (die|unsere|meine|jede) geduld verloren",
          "mehr als (geduldig|verständnisvoll|entgegenkommend|großzügig|kulant|fair)",
          "(wir waren|ich war|wir sind|ich bin) (bisher |bislang |schon |wirklich |lange |bereits )?(äußerst |sehr |überaus |ausgesprochen |mehr als )?(geduldig|nachsichtig)",
          "(wir haben|ich habe) (bisher |bislang |schon |wirklich |bereits )?(sehr viel|viel|genug|mehr als genug|reichlich|unendlich viel) geduld",
          "(viel|genug|ausreichend|sehr viel|mehr als genug|reichlich|unendlich viel) geduld (gezeigt|bewiesen|aufgebracht|gehabt)",
          "(schnell*|rasch*|prompt*|blitzschnell*|zügig*)~ (antwort|rückmeldung|reaktion) auf (meine|unsere|alle meine|alle unsere) (\\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|zehn|zahlreichen|vielen|unzähligen|mehreren) (e-mails|emails|mails|nachrichten|erinnerungen|mahnungen|anrufe|schreiben)",
          "(meine|unsere) (bisherigen |vorherigen |letzten |früheren |zahlreichen )?(erinnerungen|e-mails|emails|mails|nachrichten|mahnungen|schreiben)~ (unterwegs |irgendwo |auf dem weg )?(verloren gegangen|verlorengegangen|abhanden gekommen|abhandengekommen|im spam gelandet|im spamordner gelandet|untergegangen)",
          "(geld|zahlung|überweisung|betrag)~ (per|mit der|mit|auf dem|über den) (seefracht|schiff|seeweg|brieftaube|schneckenpost|postkutsche|kamel|esel)",
        ],
        say: "ich würde mich über eine kurze Antwort freuen",
      },
      {
        match: ["bei allem (gebotenen )?respekt"],
        say: "ich würde mich über eine kurze Antwort freuen",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: [
          "(bei diesem|in diesem) tempo,? (kommt|wird|ist|erreicht) (das geld|die zahlung|die überweisung|ihre zahlung)",
          "(geld|zahlung|überweisung|betrag)~ mit dem (schiff|kamel|esel|containerschiff|segelboot)",
        ],
        say: "ich würde mich über eine kurze Antwort freuen",
      },
      ...MORE.de,
      ...ROUND3.de,
    ],
    pt: [
      {
        match: [
          "como (já )?(te|lhe|lhes|vos) (disse|dissemos|falei|avisei|avisamos|repeti|repetimos)",
          "como já (disse|dissemos|falei|falamos|avisei|avisamos|repeti|repetimos)",
          "como já (te |lhe |lhes )?(mencionei|mencionamos|expliquei|explicamos|informei|informamos|indiquei|indicamos|comentei|comentamos)",
          "como já (foi )?(mencionado|dito|informado|explicado|falado|comentado|indicado)",
          "(conforme|segundo) (o )?meu (último|anterior) (e-mail|email|mensagem)",
          "(conforme|segundo) (o )?meu (e-mail|email) anterior",
          "como (mencionei|informei|disse|expliquei|já mencionado|mencionado|informado) (no|em) (meu )?(último e-mail|e-mail anterior|último email|email anterior|última mensagem|mensagem anterior)",
        ],
        say: "só para recapitular",
      },
      {
        match: [
          "(já )?(lhe |te |lhes )?(disse|falei|pedi|avisei|lembrei|perguntei|escrevi|expliquei|cobrei|dissemos|pedimos|avisamos|lembramos|cobramos) (isso )?(várias|muitas|inúmeras|mil|diversas|tantas|\\d{1,2}|duas|três|quatro|cinco) vezes",
          "quantas vezes (eu )?(preciso|tenho|vou ter|terei|devo|teremos|precisamos)",
          "pela (segunda|terceira|quarta|quinta|enésima|décima|última) vez",
          "(mais uma vez|novamente|de novo),? (tenho|temos|preciso|precisamos|devo|devemos) (de |que )?(lembrar|cobrar|escrever|pedir|insistir|lembrá-lo|lembrá-los)",
        ],
        say: "gostaria de dar um breve seguimento",
      },
      {
        match: [
          "(eu )?(não entendo|não compreendo|não consigo entender|não consigo compreender|não entendemos|não compreendemos) (o )?(por que|porque|porquê|como é possível)",
        ],
        say: "poderia me ajudar a entender",
      },
      {
        match: [
          "(ainda estou|ainda estamos|continuo|continuamos|seguimos|sigo|estamos ainda|estou ainda) (aguardando|esperando|a aguardar|a esperar)( (o pagamento|a transferência|o comprovante|sua resposta|seu retorno|uma resposta|retorno|o depósito|o sinal|o saldo|o dinheiro)|(?= ?([.!?,;:]|$)))",
          "(há|faz) (semanas|meses|muito tempo) que (estamos|estou) (aguardando|esperando)",
        ],
        say: "agradeceríamos uma atualização quando for possível",
      },
      {
        match: [
          "não somos (um banco|uma instituição de caridade|caridade|uma ong)",
          "(você|vocês) (sequer|nem|ao menos|pelo menos) (leu|leram|viu|viram|recebeu|receberam|abriu|abriram)",
          "(estou|estamos) (cansad[oa]s?|fart[oa]s?) de",
          "(fico|ficamos|estou|estamos) (muito |bastante )?(surpres[oa]s?|decepcionad[oa]s?) (que (você|vocês)|por não|com a falta)",
          "(ao menos|pelo menos) uma (resposta|satisfação)",
        ],
        say: "agradeceria uma breve resposta",
      },
      {
        match: [
          "como (eu |nós )?já (te |lhe |lhes |vos )?(disse|dissemos|falei|falamos|avisei|avisamos|repeti|repetimos|mencionei|mencionamos|expliquei|explicamos|informei|informamos|escrevi|escrevemos)",
          "ocupad[oa]s?~,? mas (talvez|quem sabe|com certeza|certamente|será que|quiçá)",
          "(um minutinho|um único minuto|um só minuto|um segundinho) (do seu|de seu) (precioso |valioso )?tempo",
          "(nossa|minha) paciência (está (se esgotando|acabando|a acabar|chegando ao fim|no limite|esgotada)|se esgotou|esgotou|acabou|tem limites?|não é infinita|chegou ao (limite|fim))",
          "(estamos|estou) (perdendo|a perder) a paciência",
          "(perdemos|perdi) a paciência",
          "mais do que (pacientes?|compreensiv[oa]s?|flexíveis|flexível|razoáveis|razoável|generos[oa]s?)",
          "(fomos|temos sido|estamos sendo|já fomos|fui|tenho sido|sempre fomos) (muito |bastante |extremamente |super |suficientemente |mais que )?(pacientes?|compreensiv[oa]s?|tolerantes?)",
          "(tivemos|tive|demonstramos|mostramos) (muita |bastante |paciência de sobra|toda a )?paciência",
          "(resposta|retorno)~ (super |muito |tão |extremamente )?(rápid[oa]|ágil|imediat[oa]|relâmpago) (a|aos|às|para) (meus|minhas|nossos|nossas)? ?(\\d{1,2}|dois|duas|três|quatro|cinco|seis|sete|dez|muitos|muitas|vários|várias|inúmeros|inúmeras) (e-mails|emails|mensagens|lembretes|ligações|cobranças)",
          "(meus|minhas|nossos|nossas) (lembretes|e-mails|emails|mensagens|avisos|cobranças)~ (anteriores )?(tenham se perdido|se perderam|tenham sido perdidos|foram perdidos|se perdido|sumiram|tenham sumido|se extraviaram|tenham se extraviado|foram extraviados)",
          "se perd(eram|ido) pelo caminho",
          "(dinheiro|pagamento|transferência|valor)~ (vindo|vem|viajando|viaja|chegando|chega|venha) (de|por|pelo|em) (navio|mar|barco|jegue|camelo|pombo|correio)",
        ],
        say: "agradeceria uma breve resposta",
      },
      {
        match: ["com (todo o|todo|o devido|o maior) respeito"],
        say: "agradeceria uma breve resposta",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: [
          "(nesse|neste|nesse mesmo) ritmo,? (o dinheiro|o pagamento|a transferência|seu pagamento)",
        ],
        say: "agradeceria uma breve resposta",
      },
      ...MORE.pt,
      ...ROUND3.pt,
    ],
    ru: [
      {
        match: [
          "как (я|мы) (вам )?(уже )?(неоднократно|много раз|не раз|несколько раз) (говорил*|писал*|сообщал*|упоминал*|объяснял*|предупреждал*|напоминал*)",
          "как (я|мы) (вам )?уже (говорил*|писал*|сообщал*|упоминал*|объяснял*|предупреждал*|напоминал*|сказал*)",
          "как (уже )?(было )?(сказано|упомянуто|отмечено|указано|сообщено) (ранее|неоднократно|выше)",
          "как уже (было )?(сказано|упомянуто|отмечено|указано|сообщено)",
          "как уже (упоминалось|говорилось|сообщалось|отмечалось|указывалось|писалось)",
          "как (я |мы )?(писал*|указывал*|упоминал*|сообщал*|говорил*) в (моём|своём|нашем|прошлом|предыдущем|последнем) (прошлом |предыдущем |последнем )?письме",
          "(согласно|в соответствии с) (моему|моим) (последнему|предыдущему|последним|предыдущим) (письму|сообщению|письмам)",
        ],
        say: "кратко напомню",
      },
      {
        match: [
          "(я|мы) (вам )?(уже )?(много раз|неоднократно|не раз|сто раз|несколько раз|дважды|трижды|\\d{1,2} раз*)~ (писал*|напоминал*|просил*|говорил*|сообщал*|спрашивал*|обращал*)",
          "(писал*|напоминал*|просил*|говорил*|сообщал*|спрашивал*) (вам )?(уже )?(много раз|неоднократно|не раз|сто раз|несколько раз|дважды|трижды)",
          "сколько (раз|ещё раз) (мне|нам) (нужно|надо|придётся|придется|ещё)",
          "(уже )?(во|в) (второй|третий|четвёртый|пятый|энный|который|десятый|сотый) раз",
          "(снова|опять|в очередной раз|ещё раз) (вынужден*|приходится|должен|должны) (напомнить|напоминать|писать|просить|обращаться|вам напомнить)",
        ],
        say: "позвольте ещё раз уточнить",
      },
      {
        match: [
          "(я |мы )?(совершенно |просто |никак )?не (понимаю|понимаем|могу понять|можем понять),? (почему|зачем|как так|как такое возможно)",
        ],
        say: "не могли бы вы помочь мне понять",
      },
      {
        match: [
          "(до сих пор|всё ещё|по-прежнему|всё так же) (жду|ждём|ожидаю|ожидаем)( (ваш*|оплат*|ответ*|платеж*|перевод*|деньги|средства|от вас)|(?= ?([.!?,;:]|$)))",
          "(жду|ждём|ожидаю|ожидаем) (уже )?(до сих пор|по-прежнему|который день|неделями|месяцами)",
        ],
        say: "будем признательны за новости, когда вам будет удобно",
      },
      {
        match: [
          "мы не (банк|благотворительн* (организаци*|фонд)|благотворительн*)",
          "(вы )?(вообще|хотя бы|хоть) (читаете|читали|прочитали|получаете|получили|открывали) (мои|наши)",
          "(я|мы) (удивлён*|удивлены|удивлена|разочарован*|поражён*|поражены),? (тем,? )?что (вы|ваша компания|от вас)",
          "(устал*|надоело)~ (напоминать|ждать|просить|писать)",
          "(хотя бы|хоть какой-то|хоть какого-то) (ответ*)",
        ],
        say: "буду признателен за короткий ответ",
      },
      {
        match: [
          "как (было )?(указано|сказано|упомянуто|отмечено|сообщено|написано) в (моём|нашем|предыдущем|последнем|прошлом) (предыдущем |последнем |прошлом )?(письме|сообщении)",
          "занят(ы|а)?,? но,? (может быть|может|возможно|всё же|всё-таки|вдруг|хотя бы|наверное)",
          "(одну|хотя бы одну|всего одну|пару) (минутку|минуту|секунду|минут) (вашего )?(драгоценного|ценного) времени",
          "(хотя бы|всего) (одну )?(минутку|минуту|секунду) (вашего )?времени",
          "(наше|моё|мое) терпение (на исходе|заканчивается|кончается|лопнуло|лопается|иссякает|иссякло|не безгранично|не бесконечно|на пределе|закончилось|кончилось|подходит к концу)",
          "у (нас|меня) (заканчивается|кончается|закончилось|кончилось|лопается|лопнуло|иссякает) терпение",
          "(мы|я) (теряем|теряю|потеряли|потерял|потеряла) терпение",
          "более чем (достаточно )?(терпения|терпеливы|терпеливо|терпелив*|лояльн*|понимающ*)",
          "(мы|я) (уже )?(проявили|проявил|проявляли|проявлял*) (более чем |достаточно |много |очень много |немало |максимум |массу )?(терпения|терпение|понимания|лояльности)",
          "(мы|я) (были|был|была) (очень |крайне |более чем |слишком |достаточно |предельно )?(терпеливы|терпеливыми|терпелив*|снисходительн*)",
          "(молниеносн*|быстр*|оперативн*|мгновенн*|стремительн*|скор*)~ ответ* на (мои|наши|все мои|все наши) (\\d{1,2}|два|две|три|четыре|пять|шесть|семь|десять|многочисленные|несколько) (писем|письма|сообщений|сообщения|напоминаний|напоминания|звонков|звонка)",
          "(мои|наши) (предыдущие |прошлые |последние |многочисленные )?(напоминания|письма|сообщения)~ (потерялись|затерялись|пропали|потеряны|затеряны|ушли в спам|попали в спам)",
          "(деньги|платёж|перевод|оплата)~ (идут|идёт|плывут|плывёт|едут|едет|везут|ползут|ползёт|добираются|добирается)~ (морем|по морю|на корабле|пароходом|на верблюдах|почтовыми голубями|пешком|черепашьим шагом)",
        ],
        say: "буду признателен за короткий ответ",
      },
      {
        match: ["при (всём|всём моём|всём нашем) уважении"],
        say: "буду признателен за короткий ответ",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: ["такими темпами,? (деньги|платёж|оплата|перевод)"],
        say: "буду признателен за короткий ответ",
      },
      ...MORE.ru,
      ...ROUND3.ru,
    ],
    ar: [
      {
        match: [
          "كما (سبق|سبقت) (وأن |أن |و)?(ذكرت|ذكرنا|أخبرتكم|أخبرتك|قلت|قلنا|أوضحت|أوضحنا|أشرت|أشرنا|أبلغتكم|أبلغناكم|نوهت|نوهنا)",
          "كما (ذكرت|قلت|أخبرتكم|قلنا|ذكرنا|أوضحت|أوضحنا)~ (مرارا|عدة مرات|مرات عديدة|سابقا|من قبل|أكثر من مرة)",
          "كما (أخبرتكم|أخبرتك|قلت لكم|قلت لك|أخبرناكم)",
          "كما سبق (ذكره|ذكر ذلك|القول|الإشارة إليه|الإشارة|التوضيح)",
          "كما (ذكرت|ذكرنا|أشرت|أشرنا|أوضحت|أوضحنا) في (رسالتي|رسالتنا|بريدي) (السابقة|الأخيرة|السابق|الأخير)",
          "(وفقا|حسب|بحسب|طبقا)( ل| لـ)? ?(رسالتي|بريدي|إيميلي) (الأخيرة|السابقة|الأخير|السابق)",
        ],
        say: "للتلخيص",
      },
      {
        match: [
          "(أخبرتكم|ذكرتكم|ذكرت لكم|قلت لكم|طلبت منكم|كتبت لكم|راسلتكم|ذكّرتكم|أخبرناكم|طلبنا منكم|راسلناكم|ذكرناكم)~ (مرارا|مرارا وتكرارا|عدة مرات|مرات عديدة|أكثر من مرة|مرات كثيرة)",
          "(كم مرة|كم من مرة) (يجب|علي|علينا|سأضطر|سنضطر|أحتاج|نحتاج)",
          "(للمرة|المرة) (الثانية|الثالثة|الرابعة|الخامسة|العاشرة|الألف|المليون)",
          "(مرة أخرى|مجددا|من جديد)~ (نضطر|أضطر|مضطر|مضطرون|مضطرين)~ (لتذكيركم|إلى تذكيركم|للكتابة|لمراسلتكم)",
        ],
        say: "أود المتابعة بخصوص هذا الأمر",
      },
      {
        match: [
          "(لا|لم) (أفهم|نفهم|أستطيع أن أفهم|نستطيع أن نفهم|أستوعب|نستوعب|أفهم حقا) (لماذا|سبب|كيف)",
        ],
        say: "هل يمكنكم مساعدتي على الفهم",
      },
      {
        match: [
          "(ما زلت|ما زلنا|مازلت|مازلنا|لا زلت|لا زلنا|لا نزال|لا أزال|لازلنا|لازلت)~ (ننتظر|أنتظر|بانتظار|في انتظار|في الانتظار)( (ردكم|ردك|الدفع|الدفعة|التحويل|المبلغ|إجابتكم|جوابكم|ردا|السداد|الرد|منكم)|(?= ?([.!?،؛؟]|$)))",
          "(ننتظر|أنتظر) منذ (أسابيع|أشهر|شهور|فترة طويلة|وقت طويل)",
        ],
        say: "نكون ممتنين لو أطلعتمونا على المستجدات متى أمكن",
      },
      {
        match: [
          "(لسنا|نحن لسنا) (بنكا|بنك|مصرفا|مصرف|جمعية خيرية|مؤسسة خيرية)",
          "(هل|ألم) (قرأتم|تقرأوا|تقرؤوا|اطلعتم|تطلعوا)~ (أصلا|حتى|رسائلي|رسالتي|رسائلنا|رسالتنا)",
          "(متعبون|تعبنا|سئمنا|مللنا|سئمت|مللت) من (الانتظار|التذكير|المطالبة|الكتابة|مراسلتكم)",
          "(على الأقل|ولو) (ردا|رد|جوابا|رسالة)",
        ],
        say: "أكون ممتنا لرد قصير",
      },
      {
        match: [
          "(مشغولون|مشغولين|مشغول|مشغولة)~ (لكن|ولكن) (ربما|لعلكم|قد|عسى|بالتأكيد|أكيد)",
          "(دقيقة واحدة|دقيقة فقط|دقيقتين فقط|لحظة واحدة) (من وقتكم|للنظر|لقراءة|للرد)",
          "(كنا|كنت)~ (صبورين|صابرين|متفهمين|متسامحين|متساهلين|صبورا|متفهما) (أكثر من اللازم|أكثر مما يجب|جدا|للغاية|بما فيه الكفاية|كثيرا|إلى أقصى حد)",
          "(صبورين|صابرين|متفهمين|متسامحين|متساهلين) (أكثر من اللازم|أكثر مما يجب)",
          "(صبرنا|صبري)~ (ينفد|نفد|بدأ ينفد|يكاد ينفد|قارب على النفاد|أوشك على النفاد|على وشك النفاد|له حدود|محدود|ليس بلا حدود)",
          "(نفد|ينفد|بدأ ينفد|كاد ينفد|أوشك أن ينفد) (صبرنا|صبري)",
          "(بدأنا نفقد|نفقد|فقدنا|بدأت أفقد|فقدت) (صبرنا|الصبر|صبري)",
          "(صبرنا|صبرت|تحلينا بالصبر|تحليت بالصبر)~ (أكثر من اللازم|طويلا|بما فيه الكفاية|كثيرا|بما يكفي)",
          "(ردكم|ردك|رد|تجاوبكم|استجابتكم) (السريع|الفوري|العاجل|الرائع)~ على (رسائلي|رسائلنا|تذكيراتي|تذكيراتنا|مكالماتي|اتصالاتي)~ (الخمس|الثلاث|الأربع|الست|العشر|العديدة|الكثيرة|المتعددة|المتكررة|الخمسة|الثلاثة)",
          "(ضياع|فقدان|ضاعت|فقدت|تاهت|ضلت)~ (تذكيراتي|تذكيراتنا|رسائلي|رسائلنا|مراسلاتي|مراسلاتنا)",
          "(تذكيراتي|تذكيراتنا|رسائلي|رسائلنا)~ (ضاعت|فقدت|تاهت|ضلت طريقها)",
          "(المبلغ|الدفعة|التحويل|الأموال|الحوالة|المال)~ (قادم|قادمة|يأتي|تأتي|يسافر|مسافر|تسافر|مشحون|مشحونة|قادمة إلينا|قادم إلينا)~ (بحرا|بالبحر|عن طريق البحر|بالسفينة|على ظهر سفينة|مع البضاعة|على جمل|بالبريد العادي)",
        ],
        say: "أكون ممتنا لرد قصير",
      },
      {
        match: ["مع (كامل|كل|جل) (احترامي|الاحترام|احترامنا)(لكم)? ?[،,]"],
        say: "أكون ممتنا لرد قصير",
        notAfter: "^ ?[,.،]? ?$",
      },
      {
        match: [
          "(مشغولون|مشغولين|مشغول|مشغولة)~ ?[،,]? ?(لكن|ولكن) (ربما|لعلكم|قد|عسى|بالتأكيد|أكيد)",
          "(بهذا المعدل|بهذه الوتيرة|بهذه السرعة)[،,]? ?(سيصل|ستصل|سيأتي|ستأتي) (المبلغ|الدفعة|التحويل|المال|الحوالة)",
        ],
        say: "أكون ممتنا لرد قصير",
      },
      ...MORE.ar,
      ...ROUND3.ar,
    ],
  },
};
