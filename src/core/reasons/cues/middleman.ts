import { cross, type ReasonCues } from "./types";

// A trader waiting for *his* customer to pay him (PRODUCT.md §4). The cues are
// about waiting for, or not having been paid by, someone downstream: "our
// customer" alone is no cue ("our customer loves the samples").

// English: who is downstream of the buyer, and how they fail to pay.
const WHO_EN =
  "our customer|our customers|my customer|my customers|our client|our clients|my client|" +
  "our end customer|our end customers|our end user|our end users|our end client|our final customer|" +
  "my clients|the customer|the client|end customer|end customers|end user|end users|" +
  "end client|end clients|final customer|final client|our buyer|our buyers|my buyer|" +
  "the project owner|the owner of the project|the main contractor|the contractor|" +
  "our distributor|our dealer|our dealers|the government|the ministry|our retailers|our retailer|" +
  "our wholesaler|our wholesalers|our sub-dealers|our subdealers|our importer";
const NOT_PAID_EN =
  "not paid|not yet paid|not pay*|hasn't paid|haven't paid|hasn't yet paid|haven't yet paid|" +
  "hasn't pay|didn't pay|hadn't paid|yet to pay|still owes|still owe|owes us|owe us|" +
  "not settled|hasn't settled|haven't settled|not released|hasn't released|haven't released|" +
  "not transferred|hasn't transferred|not remitted|hasn't remitted|delayed the payment|" +
  "delayed payment|delaying the payment|delaying payment|delays payment|delays the payment|" +
  "is late with|are late with|late in paying|late paying|paying late|pays late|behind on payment*|" +
  "behind with payment*|asked for more time|asked us for more time|needs more time|" +
  "asked for an extension|requested an extension|postponed the payment|postponed payment|" +
  "financial problem*|financial difficult*|cash flow problem*|is short of cash|are short of cash|" +
  "went bankrupt|is bankrupt|gone bankrupt|went bust|is insolvent|in liquidation|closed down|" +
  "bank problem*|problem with his bank|problems with his bank|problem with their bank|" +
  "problems with their bank|problem with the bank|problems with the bank|issue with his bank|" +
  "issues with their bank|money is stuck|funds are stuck|payment is stuck";
const WHEN_EN = "once|when|as soon as|after|until|till|unless|before";
const PAYS_EN = "pays|pay|paid|settles|settle|releases|release|remits|remit|transfers|transfer";

// Spanish
const WHO_ES =
  "nuestro cliente|nuestros clientes|mi cliente|mis clientes|el cliente|los clientes|del cliente|" +
  "de los clientes|cliente final|clientes finales|usuario final|nuestro comprador|" +
  "el dueño del proyecto|el dueño de la obra|el contratista|la constructora|el gobierno|" +
  "nuestro distribuidor";
const NOT_PAID_ES =
  "no ha pagado|no nos ha pagado|no me ha pagado|aún no paga|aún no nos paga|aún no me paga|" +
  "todavía no paga|todavía no nos paga|no nos paga|no paga|no pagó|no nos pagó|no ha cancelado|" +
  "no nos ha cancelado|no ha liberado|no ha depositado|no nos ha depositado|no ha transferido|" +
  "no ha realizado el pago|no ha hecho el pago|no ha efectuado el pago|retrasó el pago|" +
  "retrasa el pago|está retrasando el pago|atrasó el pago|se atrasó|se retrasó|está atrasado|" +
  "está en mora|nos debe|nos adeuda|pidió más tiempo|pidió una prórroga|tiene problemas de pago|" +
  "pidió más plazo|nos pidió más plazo|solicitó más plazo|pidió plazo|" +
  "tiene problemas financieros|tiene problemas de liquidez";
const WHEN_ES =
  "cuando|en cuanto|una vez que|hasta que|apenas|tan pronto como|después de que|luego de que";

// French
const WHO_FR =
  "notre client|nos clients|mon client|mes clients|le client|les clients|du client|" +
  "de notre client|client final|clients finaux|notre client final|l'utilisateur final|" +
  "utilisateur final|notre acheteur|le maître d'ouvrage|maître d'ouvrage|le donneur d'ordre|" +
  "notre distributeur|l'administration";
const NOT_PAID_FR =
  "n'a pas payé|ne nous a pas payé|ne m'a pas payé|n'a pas encore payé|ne nous a pas encore payé|" +
  "n'a toujours pas payé|ne nous a toujours pas payé|ne paie pas|ne paye pas|ne nous paie pas|" +
  "ne nous paye pas|n'a pas réglé|n'a pas encore réglé|ne nous a pas réglé|ne nous a pas encore réglé|" +
  "n'a toujours pas réglé|n'a pas versé|n'a pas viré|n'a pas effectué le paiement|" +
  "n'a pas encore effectué|retarde le paiement|a retardé le paiement|tarde à payer|" +
  "tarde à nous payer|tarde à régler|est en retard de paiement|en retard dans ses paiements|" +
  "nous doit|a demandé un délai|demande un délai|a des difficultés de trésorerie|" +
  "a des difficultés financières";
const WHEN_FR = "dès que|des que|une fois que|lorsque|quand|jusqu'à ce que|tant que|avant que";

// German
const WHO_DE =
  "unser kunde|unsere kunden|unser endkunde|unsere endkunden|mein kunde|meine kunden|der kunde|" +
  "die kunden|der endkunde|endkunde|endkunden|unser auftraggeber|der auftraggeber|der bauherr|" +
  "unser abnehmer|unsere abnehmer|der abnehmer";
const WHOSE_DE =
  "unseres kunden|unserem kunden|des kunden|vom kunden|dem kunden|" +
  "unseres endkunden|unserem endkunden|des endkunden|vom endkunden|dem endkunden|unseres auftraggebers|" +
  "des auftraggebers|vom auftraggeber|des bauherrn|vom bauherrn|unserer abnehmer";
const NOT_PAID_DE =
  "noch nicht bezahlt|nicht bezahlt|noch nicht gezahlt|nicht gezahlt|noch nicht überwiesen|" +
  "nicht überwiesen|noch nicht beglichen|nicht beglichen|zahlt nicht|zahlt noch nicht|" +
  "zahlt verspätet|zahlt zu spät|im zahlungsverzug|in zahlungsverzug|schuldet uns|" +
  "verzögert die zahlung|hat die zahlung verzögert|zahlung verzögert|bittet um aufschub|" +
  "um zahlungsaufschub|hat finanzielle schwierigkeiten|hat liquiditätsprobleme|kein geld|" +
  "keine zahlung|ist insolvent|ist pleite";
const WHEN_DE = "sobald|wenn|bis|nachdem|erst wenn|sowie";
const PAYS_DE = "zahlt|bezahlt|gezahlt|überweist|überwiesen|begleicht|beglichen";

// Portuguese
const WHO_PT =
  "nosso cliente|nossos clientes|meu cliente|meus clientes|o cliente|os clientes|do cliente|" +
  "do nosso cliente|dos clientes|dos nossos clientes|cliente final|clientes finais|" +
  "usuário final|nosso comprador|o dono da obra|a construtora|o governo|a prefeitura|" +
  "nosso distribuidor";
const NOT_PAID_PT =
  "não pagou|ainda não pagou|não nos pagou|ainda não nos pagou|não tem pago|não paga|" +
  "não nos paga|ainda não paga|não efetuou o pagamento|não fez o pagamento|" +
  "não realizou o pagamento|não liberou|ainda não liberou|não depositou|ainda não depositou|" +
  "não transferiu|atrasou o pagamento|está atrasando o pagamento|está atrasado|está em atraso|" +
  "está inadimplente|nos deve|pediu mais prazo|pediu prorrogação|" +
  "está com problemas financeiros|está com dificuldades";
const WHEN_PT = "quando|assim que|logo que|depois que|até que|após|uma vez que";

// Russian
const WHO_RU =
  "наш заказчик|наши заказчики|наш клиент|наши клиенты|мой клиент|мой заказчик|заказчик|" +
  "заказчики|клиент|клиенты|конечный заказчик|конечный клиент|конечный потребитель|" +
  "наш покупатель|покупатель|генподрядчик|генеральный подрядчик|застройщик|дилер";
const FROM_WHO_RU =
  "от заказчик*|от клиент*|от покупател*|от конечного*|от генподрядчик*|от застройщик*|" +
  "заказчика|клиента|покупателя|нашего заказчика|нашего клиента";
const NOT_PAID_RU =
  "не оплати*|не заплати*|не перечисли*|не переве*|не рассчита*|не произв* оплат*|" +
  "не внес* оплат*|не погаси*|задержива* оплат*|задержал* оплат*|задержива* плат*|" +
  "задержал* плат*|задолжа*|должен нам|должны нам|просрочи* оплат*|просрочи* плат*|" +
  "тянет с оплат*|тянут с оплат*|попросил* отсрочк*|финансовые трудности|финансовые проблемы";

// Arabic
const WHO_AR =
  "عميلنا|عملاؤنا|عملائنا|العميل|العملاء|عميلي|زبوننا|زبائننا|الزبون|الزبائن|العميل النهائي|" +
  "المستخدم النهائي|المشتري|صاحب المشروع|المقاول الرئيسي|الجهة الحكومية|الحكومة|الموزع";
const NOT_PAID_AR =
  "لم يدفع|لم يدفعوا|لم يسدد|لم يسددوا|لم يقم بالدفع|لم يقوموا بالدفع|لم يقم بالسداد|لم يحول|" +
  "لم يحولوا|لم يرسل الدفعة|لم يصرف|لم تصرف|لم تدفع|لم تسدد|تأخر في الدفع|تأخر في السداد|" +
  "تأخروا في الدفع|تأخروا في السداد|متأخر في الدفع|متأخر في السداد|يتأخر في الدفع|مدين لنا|" +
  "طلب مهلة|طلبوا مهلة|يواجه صعوبات مالية|لديه مشاكل مالية|ما دفع|ما سدد|ما حول|ما دفعوا|" +
  "ما سددوا|ما زال لم يدفع";
const WAIT_AR = "ننتظر|بانتظار|في انتظار|نحن ننتظر|منتظرين|ما زلنا ننتظر";
const WHEN_AR = "عندما|بمجرد أن|بمجرد|حالما|بعد أن|حتى|فور أن|فور";
const PAYS_AR = "يدفع|يسدد|يحول|يدفعوا|يسددوا|تدفع|تسدد";

// Chinese (simplified and traditional)
const WHO_ZH =
  "客户|终端客户|下游客户|我们的客户|我的客户|我方客户|最终客户|终端用户|业主|甲方|总包|" +
  "总承包商|项目方|下家|经销商|分销商|客戶|終端客戶|下游客戶|我們的客戶|最終客戶|終端用戶|" +
  "業主|總包|項目方|經銷商";
const NOT_PAID_ZH =
  "还没付|还没有付|没付|未付|尚未付|没有付|还没打款|没打款|未打款|还没转|没转账|未支付|尚未支付|" +
  "没支付|没有支付|还没结|没结|拖欠|拖款|压款|延迟付款|延期付款|推迟付款|款还没到|款没到|" +
  "钱还没到|还没回款|没回款|未回款|没给我们钱|资金紧张|資金緊張|还没把钱|没把钱|还没把款|没把款|" +
  "不付款|不肯付|不愿付|不给钱|没给钱|还没打过来|没打过来|还没转过来|没转过来|拖着|一直拖|還沒把錢|沒把錢|不付款|不肯付|拖著|一直拖|" +
  "還沒付|還沒有付|沒付|尚未支付|" +
  "沒有付|還沒打款|沒打款|拖欠|延遲付款|款還沒到|錢還沒到|還沒回款|沒回款";

export const MIDDLEMAN: ReasonCues = {
  reason: "middleman",
  cues: {
    en: {
      strong: [
        `${WHO_EN} … ${NOT_PAID_EN}`,
        `${WHO_EN} … not|never|hasn't|haven't|didn't|won't|can't|cannot … pay*|paid|settle*|release*|remit*|transfer*`,
        cross("waiting for|waiting on|wait for|awaiting|depend on|depends on|rely on", WHO_EN),
        cross(
          "payment from|payments from|funds from|money from|remittance from|transfer from|paid by",
          WHO_EN
        ),
        "customer's payment*|client's payment*|customers' payment*|clients' payment*|" +
          "buyer's payment*|end user's payment*",
        `${cross(WHEN_EN, WHO_EN)} … ${PAYS_EN}`,
        `${cross(WHEN_EN, "we receive|we get|we have received|we collect")} … ${cross(
          "payment from|the payment from|money from|the money from|funds from|the funds from",
          WHO_EN
        )}`,
        "not received|not yet received|haven't received|hasn't received|didn't receive|" +
          `did not receive … payment|money|funds|remittance … ${WHO_EN}`,
        "we have not been paid by|we haven't been paid by|we are not paid by|not been paid by",
        "once we get paid|when we get paid|as soon as we get paid|until we get paid|" +
          "after we get paid|once we are paid|when we are paid|once we have been paid",
        "back-to-back|back to back",
        `lc|l/c|letter of credit … from|of … ${WHO_EN}`,
        `${WHO_EN} … delayed|delaying|delays|postponed|postponing|held|holding … payment*|paying|to pay`,
        "pay us|pays us|paid us|pay me|pays me|paid me … we pay you|we will pay you|we'll pay you|" +
          "we can pay you|i pay you|i will pay you|i'll pay you|then pay you|we will transfer|we will remit",
        "we are only a trader|we are just a trader|we are only the middleman|we are just the middleman|" +
          "we are a middleman|we are middlemen",
        "waiting for the project payment|waiting for the tender payment|" +
          "waiting for the government",
        "project payment … not|delayed|late",
      ],
      weak: [
        "we have not been paid|we haven't been paid|not been paid yet|we are waiting to be paid|" +
          "waiting to get paid",
        `${WHO_EN} … delay*`,
        "customer payment*|client payment*",
        "the project is delayed|project has been delayed|project is on hold",
      ],
      against: [
        `${WHO_EN} … has paid|have paid|has now paid|have now paid|paid us|has settled|` +
          "has released|released the payment|finally paid|has transferred|transferred the money",
        `received|got … ${cross("payment from|money from|funds from", WHO_EN)}`,
        "got paid by",
      ],
      masks: [
        "customer's payment terms|client's payment terms|buyer's payment terms|" +
          "customer payment terms|client payment terms|customer's payment record|" +
          "customer's payment history",
      ],
    },
    zh: {
      strong: [
        `${WHO_ZH} … ${NOT_PAID_ZH}`,
        cross("等|等待|在等|还在等|正在等|等着|也在等|要等|還在等|等著", WHO_ZH) +
          " … 付|款|打款|回款|结算|結算|转账|轉帳|钱|錢",
        `${WHO_ZH} … 付款后|付款之后|打款后|付了款|的款到了|款到后|款到了|回款后|回款了再|付款以后|付款後|打款後|款到後|回款後`,
        "收到客户|收到客戶|拿到客户|拿到客戶|客户那边|客戶那邊 … 后|後|之后|之後|以后|以後|再付|才能付",
        "客户的款|客户款|客户货款|客户的货款|客戶的款|客戶款|客戶貨款|終端客戶的款|终端客户的款 … 没|沒|未|还|還|等",
        "等客户|等待客户|等客戶|等待客戶|等终端|等下游|等业主|等甲方|等業主",
        "项目款|工程款|項目款 … 没|沒|未|还没|還沒|下来|下來|拨|撥",
        "背靠背|我们是中间商|我们也是中间商|我们只是中间商|我们是贸易商|我們是中間商|我們也是中間商|我們只是中間商",
      ],
      weak: ["回款", "我们也没收到钱|我們也沒收到錢|我们也没收到款|我們也沒收到款"],
      against: [
        `${WHO_ZH} … 已付|已经付|已經付|已经打款|已經打款|已打款|付了款了|付款了|款已到|款已经到|款已經到|已回款|已经回款|已經回款`,
        "已收到客户|已经收到客户|已收到客戶|已經收到客戶",
      ],
    },
    es: {
      strong: [
        `${WHO_ES} … ${NOT_PAID_ES}`,
        `esperando|esperamos|estamos esperando|en espera de|a la espera de|dependemos de … pago|pagos|dinero|fondos|transferencia|depósito … ${WHO_ES}`,
        `esperando que|esperamos que|esperando a que|a la espera de que … ${WHO_ES} … pag*|cancel*|deposit*|transfier*`,
        cross("esperando a|esperamos a|dependemos de", WHO_ES),
        `${WHEN_ES} … ${WHO_ES} … pag*|cancel*|deposit*|transfier*|liber*`,
        `${cross("cuando|en cuanto|una vez que|hasta que|apenas|tan pronto como", "nos paguen|recibamos el pago|cobremos|nos depositen|nos transfieran")}`,
        `no hemos recibido|aún no recibimos|todavía no recibimos|no nos ha llegado … pago|dinero|fondos … ${WHO_ES}`,
      ],
      weak: [
        "esperando que nos paguen|esperamos que nos paguen|no nos han pagado|aún no nos pagan|" +
          "todavía no nos pagan|estamos esperando un pago|esperando un pago",
        "el proyecto se retrasó|el proyecto está retrasado|el proyecto está detenido",
      ],
      against: [
        `${WHO_ES} … ya pagó|ya nos pagó|ya ha pagado|ya nos ha pagado|nos pagó|ha pagado|ya canceló|ya depositó|ya transfirió|por fin pagó`,
        `recibimos … pago|dinero|fondos … ${WHO_ES}`,
      ],
    },
    fr: {
      strong: [
        `${WHO_FR} … ${NOT_PAID_FR}`,
        `${WHO_FR} … pas|jamais|toujours pas|pas encore|plus … payé|réglé|viré|versé|pai*|pay*|régl*`,
        `attendons|attend|attendre|en attente|dans l'attente|dépendons|dépendants|tributaires … paiement|règlement|virement|fonds|versement … ${WHO_FR}`,
        `attendons que|attend que|attendre que … ${WHO_FR} … pai*|pay*|règl*|vers*|vir*`,
        cross("attendons|attendons notre|dépendons de", WHO_FR),
        `${WHEN_FR} … ${WHO_FR} … pai*|pay*|règl*|vers*|vir*`,
        `${cross("dès que|des que|une fois que|lorsque|quand|tant que", "nous serons payés|nous aurons été payés|nous recevrons les fonds|nous serons réglés")}`,
        `n'avons pas reçu|pas encore reçu|toujours pas reçu … paiement|règlement|fonds|virement … ${WHO_FR}`,
      ],
      weak: [
        "nous n'avons pas été payés|pas encore été payés|attendons d'être payés|" +
          "attendons un paiement|attendons des fonds",
        "le projet est retardé|le projet a pris du retard|chantier est bloqué|chantier est arrêté",
      ],
      against: [
        `${WHO_FR} … a payé|nous a payé|a réglé|nous a réglé|a enfin payé|a viré|a versé`,
        `avons reçu|avons bien reçu … paiement|règlement|fonds|virement … ${WHO_FR}`,
      ],
    },
    de: {
      strong: [
        `${WHO_DE} … ${NOT_PAID_DE}`,
        `${WHO_DE} … zahlt|zahlen|bezahlt … verspätet|schleppend|zu spät|noch nicht|nicht|nie`,
        `zahlung|zahlungseingang|geld|überweisung|mittel … ${WHOSE_DE}`,
        `warten auf|warten noch auf|wir warten … zahlung|geld|überweisung|zahlungseingang … ${WHOSE_DE}`,
        `${cross("warten auf|abhängig von|hängen von", "unseren kunden|den kunden|unseren endkunden|den endkunden|unseren auftraggeber|den auftraggeber")}`,
        `${WHEN_DE} … ${WHO_DE} … ${PAYS_DE}`,
        `${cross("sobald|wenn|bis|nachdem|erst wenn", "wir bezahlt werden|wir das geld erhalten|wir die zahlung erhalten|wir geld bekommen|wir bezahlt wurden")}`,
        `kein geld|keine zahlung … ${WHOSE_DE}`,
      ],
      weak: [
        "wir wurden noch nicht bezahlt|wir sind noch nicht bezahlt|warten selbst auf geld|" +
          "warten selbst auf eine zahlung|warten auf einen zahlungseingang",
        "das projekt verzögert sich|projekt ist verzögert|baustelle steht",
      ],
      against: [
        `${WHO_DE} … hat bezahlt|hat gezahlt|hat überwiesen|hat uns bezahlt|hat beglichen|hat endlich bezahlt`,
        `haben … zahlung … ${WHOSE_DE} … erhalten`,
      ],
    },
    pt: {
      strong: [
        `${WHO_PT} … ${NOT_PAID_PT}`,
        `aguardando|aguardamos|esperando|esperamos|dependemos … pagamento|pagamentos|dinheiro|recursos|repasse|depósito … ${WHO_PT}`,
        `aguardando que|esperando que|aguardamos que … ${WHO_PT} … pag*|depos*|transf*|liber*`,
        cross("aguardando o|esperando o|aguardando|dependemos do|dependemos de", WHO_PT),
        `${WHEN_PT} … ${WHO_PT} … pag*|depos*|transf*|liber*`,
        `${cross("quando|assim que|logo que|até que|depois que", "recebermos|nos pagarem|formos pagos|recebermos o pagamento")}`,
        `não recebemos|ainda não recebemos … pagamento|dinheiro|repasse … ${WHO_PT}`,
      ],
      weak: [
        "não fomos pagos|ainda não fomos pagos|aguardando um pagamento|aguardando recebimento|" +
          "aguardando recebimentos",
        "a obra atrasou|a obra está parada|o projeto atrasou|o projeto está parado",
      ],
      against: [
        `${WHO_PT} … já pagou|já nos pagou|pagou|efetuou o pagamento|já depositou|já transferiu|finalmente pagou`,
        `recebemos … pagamento|dinheiro|repasse … ${WHO_PT}`,
      ],
    },
    ru: {
      strong: [
        `${WHO_RU} … ${NOT_PAID_RU}`,
        `ждём|ждем|ожидаем|ждут|в ожидании|зависим … оплат*|деньги|денег|средств*|поступлени*|платеж*|платёж* … ${FROM_WHO_RU}`,
        `${cross("как только|когда|после того как|пока|до тех пор пока", WHO_RU)} … оплат*|заплат*|перечисл*|рассчита*|переведет|переведёт|переведут`,
        `${cross("как только|когда|после того как|пока", "нам заплатят|нам оплатят|получим оплату|получим деньги|получим средства")}`,
        `не получили|не поступил* … оплат*|деньги|средства|платеж*|платёж* … ${FROM_WHO_RU}`,
      ],
      weak: [
        "нам не заплатили|нам еще не заплатили|нам ещё не заплатили|нам не оплатили|ждем поступлени*|" +
          "ждём поступлени*|ждем деньги|ждём деньги",
        "проект задерживается|объект заморожен|стройка стоит",
      ],
      against: [
        `${WHO_RU} … оплатил*|заплатил*|перечислил*|рассчитал*`,
        `получили|поступил* … оплат*|деньги|средства|платеж*|платёж* … ${FROM_WHO_RU}`,
      ],
    },
    ar: {
      strong: [
        `${WHO_AR} … ${NOT_PAID_AR}`,
        `${WAIT_AR} … الدفع من|الدفعة من|السداد من|المبلغ من|الأموال من|التحويل من|دفعة|سداد|دفع|أموال … ${WHO_AR}`,
        `${WHEN_AR} … ${PAYS_AR} … ${WHO_AR}`,
        `${WHEN_AR} … ${WHO_AR} … ${PAYS_AR}`,
        `${cross(WAIT_AR, WHO_AR)}`,
        `لم نستلم|لم يصلنا|لم نتلق … الدفعة من|المبلغ من|الدفع من|السداد من|المستحقات من … ${WHO_AR}`,
      ],
      weak: [
        "لم يتم الدفع لنا|لم يدفع لنا أحد|ننتظر تحصيل|بانتظار التحصيل|ننتظر دفعة|بانتظار دفعة",
        "المشروع متأخر|تأخر المشروع|المشروع متوقف",
      ],
      against: [
        `${WHO_AR} … قد دفع|قد سدد|دفع لنا|سدد لنا|قام بالدفع|قام بالسداد|حول المبلغ|دفعوا لنا|سددوا`,
        `استلمنا|وصلتنا|تم استلام|قبضنا … من … ${WHO_AR}`,
      ],
    },
  },
};
