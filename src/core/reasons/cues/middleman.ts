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
  "our wholesaler|our wholesalers|our sub-dealers|our subdealers|our importer|" +
  "our principal|our principals|the principal|project owner|main contractor|general contractor|" +
  "the general contractor|the developer|the employer|the donor|the donors|the ngo|the retailer|" +
  "the retailers|the wholesaler|the distributor|the importer|the end buyer|our end buyer|" +
  "the end user|the end-user|end-user|our end-user|the consignee|the buyer|the hospital|" +
  "the chain store|the chain|the municipality|the utility|their customer|their client|" +
  "his customer|his client|our customer's customer|our offtaker|the offtaker";
// "our client, a hospital group in Lagos, has not paid": the apposition between them.
const APPOSITION_EN =
  "company|group|firm|chain|hospital|developer|contractor|ministry|plant|factory|mine|" +
  "authority|agency|retailer|supermarket|operator|utility|council|university|school|hotel";
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
  "issues with their bank|money is stuck|funds are stuck|payment is stuck|" +
  "not approved our invoice|not yet approved our invoice|hasn't approved our invoice|" +
  "not approved the invoice|not yet approved the invoice|hasn't approved the invoice|" +
  "not approved the payment|not yet approved the payment|hasn't approved the payment|" +
  "not disbursed|hasn't disbursed|not yet disbursed|withholding payment|withholding the payment|" +
  "holding back payment|holding back the payment|put the payment on hold|put payments on hold|" +
  "put all payments on hold|froze payments|froze all payments|frozen payments|frozen all payments|" +
  "in arrears|defaulted|slow to pay|slow in paying|dragging their feet|dragging his feet|" +
  "not cleared our invoice|hasn't cleared our invoice|not processed our invoice|" +
  "hasn't processed our invoice|owes us money|behind with our payment*|behind on our payment*|" +
  "late with our payment*|behind with paying us|behind in paying us|behind with our invoice*|" +
  "behind on our invoice*|not sent the money|hasn't sent the money|not sent the payment|" +
  "hasn't sent the payment|not sent us the money|hasn't sent us the money|not wired|hasn't wired|" +
  "held all supplier payments|held all payments|holding all payments|holding supplier payments|" +
  "held supplier payments|stopped all payments|stopped supplier payments|suspended all payments|" +
  "suspended supplier payments|frozen supplier payments|froze supplier payments";
const WHEN_EN = "once|when|as soon as|after|until|till|unless|before";
const PAYS_EN =
  "pays|pay|paid|settles|settle|releases|release|remits|remit|transfers|transfer|" +
  "sends the money|sends us the money|sends the payment|sends payment|sends the funds|" +
  "send the money|send the payment|send us the money|wires|wire the money|clears our invoice|pays up";

// Spanish
const WHO_ES =
  "nuestro cliente|nuestros clientes|mi cliente|mis clientes|el cliente|los clientes|del cliente|" +
  "de los clientes|cliente final|clientes finales|usuario final|nuestro comprador|" +
  "el dueño del proyecto|el dueño de la obra|el contratista|la constructora|el gobierno|" +
  "nuestro distribuidor|el mandante|el comitente|el contratista principal|la empresa cliente|" +
  "el distribuidor|el mayorista|nuestro mayorista|el importador|el comprador|nuestros compradores|" +
  "la cadena|los grandes almacenes|grandes almacenes|el supermercado|la minera|la municipalidad|" +
  "el municipio|la alcaldía|la gobernación|el hospital|la clínica|el ministerio|la entidad|" +
  "la dependencia|la empresa minera|la petrolera|la distribuidora|de la distribuidora|de la constructora|del hospital|de la minera|" +
  "del gobierno|del municipio|de la cadena|del mayorista|del distribuidor|del comprador|" +
  "del importador|del dueño de la obra|del mandante|del contratista|de la municipalidad|" +
  "de la alcaldía|del ministerio|de la entidad|del usuario final";
const NOT_PAID_ES =
  "no ha pagado|no nos ha pagado|no me ha pagado|aún no paga|aún no nos paga|aún no me paga|" +
  "todavía no paga|todavía no nos paga|no nos paga|no paga|no pagó|no nos pagó|no ha cancelado|" +
  "no nos ha cancelado|no ha liberado|no ha depositado|no nos ha depositado|no ha transferido|" +
  "no ha realizado el pago|no ha hecho el pago|no ha efectuado el pago|retrasó el pago|" +
  "retrasa el pago|está retrasando el pago|atrasó el pago|se atrasó|se retrasó|está atrasado|" +
  "está en mora|nos debe|nos adeuda|pidió más tiempo|pidió una prórroga|tiene problemas de pago|" +
  "pidió más plazo|nos pidió más plazo|solicitó más plazo|pidió plazo|" +
  "tiene problemas financieros|tiene problemas de liquidez|" +
  "no nos giró|no nos ha girado|no ha girado|no giró|no nos abonó|no nos ha abonado|no ha abonado|" +
  "no nos transfirió|no nos ha transferido|no nos liquidó|no ha liquidado|no nos ha liquidado|" +
  "no nos depositó|no nos canceló|no nos ha radicado|no ha radicado|no nos ha aprobado la factura|" +
  "no ha aprobado la factura|no ha aprobado nuestra factura|no aprobó la factura|" +
  "no ha dado la conformidad|no da la conformidad|sigue sin pagar|siguen sin pagar|" +
  "sigue sin pagarnos|siguen sin pagarnos|no nos pagan|no nos han pagado|no han pagado|nos deben|" +
  "congeló los pagos|congeló sus pagos|congeló todos los pagos|suspendió los pagos|" +
  "suspendió sus pagos|retuvo el pago|retiene el pago|está reteniendo el pago|demora el pago|" +
  "demoró el pago|se demora en pagar|se demoran en pagar|tarda en pagar|tardan en pagar|" +
  "paga tarde|pagan tarde|paga con retraso|pagan con retraso";
const WHEN_ES =
  "cuando|en cuanto|una vez que|hasta que|apenas|tan pronto como|después de que|luego de que";
// Someone else pays *us* (subjunctive after "when"): the buyer's own customer.
const THEY_PAY_US_ES =
  "nos paguen|nos pague|nos abonen|nos abone|nos giren|nos gire|nos depositen|nos deposite|" +
  "nos transfieran|nos transfiera|nos cancelen|nos cancele|nos liquiden|nos liquide|nos cubran|" +
  "nos cubra|nos paguen a nosotros|no nos pague|no nos paguen|no nos abone|no nos abonen|" +
  "no nos gire|no nos giren|no nos deposite|no nos depositen|no nos transfiera|no nos transfieran|" +
  "no nos cancele|no nos cancelen|no nos liquide|no nos liquiden|recibamos su pago|" +
  "recibamos su transferencia|recibamos su depósito|recibamos sus fondos|nos llegue su pago|" +
  "nos entre su pago|cobremos su factura";

// French
const WHO_FR =
  "notre client|nos clients|mon client|mes clients|le client|les clients|du client|" +
  "de notre client|client final|clients finaux|notre client final|l'utilisateur final|" +
  "utilisateur final|notre acheteur|le maître d'ouvrage|maître d'ouvrage|le donneur d'ordre|" +
  "notre distributeur|l'administration|notre donneur d'ordre|le donneur d'ordres|l'hôpital|" +
  "le trésor|la mairie|la commune|le ministère|la collectivité|l'entreprise générale|" +
  "l'entrepreneur principal|le promoteur|l'enseigne|la centrale d'achat|notre principal client|" +
  "notre grossiste|le grossiste|notre revendeur|le revendeur|l'importateur|notre importateur|" +
  "l'acheteur|la chaîne|le maître d'œuvre|l'utilisateur|de l'hôpital|du trésor|de la mairie|" +
  "du ministère|du maître d'ouvrage|du donneur d'ordre|de l'enseigne|du grossiste|du promoteur|" +
  "de l'administration|du client final|de nos clients|de l'acheteur|de l'importateur";
const NOT_PAID_FR =
  "n'a pas payé|ne nous a pas payé|ne m'a pas payé|n'a pas encore payé|ne nous a pas encore payé|" +
  "n'a toujours pas payé|ne nous a toujours pas payé|ne paie pas|ne paye pas|ne nous paie pas|" +
  "ne nous paye pas|n'a pas réglé|n'a pas encore réglé|ne nous a pas réglé|ne nous a pas encore réglé|" +
  "n'a toujours pas réglé|n'a pas versé|n'a pas viré|n'a pas effectué le paiement|" +
  "n'a pas encore effectué|retarde le paiement|a retardé le paiement|tarde à payer|" +
  "tarde à nous payer|tarde à régler|tarde à nous régler|est en retard de paiement|en retard dans ses paiements|" +
  "nous doit|a demandé un délai|demande un délai|a des difficultés de trésorerie|" +
  "a des difficultés financières|n'a pas décaissé|n'a pas encore décaissé|n'a toujours pas décaissé|" +
  "n'a pas débloqué|n'a pas encore débloqué|n'a toujours pas débloqué|n'a pas libéré|" +
  "ne nous a pas payés|ne nous a pas encore payés|ne nous a toujours pas payés|" +
  "ne nous a pas réglés|ne nous a pas encore réglés|ne nous a toujours pas réglés|" +
  "ne nous règle pas|n'a pas honoré|n'honore pas|n'a pas validé notre facture|" +
  "n'a pas validé la facture|n'a pas encore validé notre facture|n'a pas levé les documents|" +
  "n'a pas encore levé les documents|a gelé ses paiements|a gelé tous ses paiements|" +
  "a gelé les paiements|a bloqué ses paiements|a bloqué les paiements|a suspendu ses paiements|" +
  "a suspendu les paiements|tardent à payer|tardent à nous régler|tardent à régler|" +
  "paie en retard|paye en retard|règle en retard|nous doivent|traîne à payer|traîne pour payer|" +
  "ne nous a toujours rien versé|ne nous a rien versé|ne nous a encore rien versé|" +
  "ne nous a rien payé|ne nous a toujours rien payé|ne nous a rien réglé|ne nous a toujours rien réglé|" +
  "ne nous verse rien|ne nous paie rien";
const WHEN_FR = "dès que|des que|une fois que|lorsque|quand|jusqu'à ce que|tant que|avant que";

// German
const WHO_DE =
  "unser kunde|unsere kunden|unser endkunde|unsere endkunden|mein kunde|meine kunden|der kunde|" +
  "die kunden|der endkunde|endkunde|endkunden|unser auftraggeber|der auftraggeber|der bauherr|" +
  "unser abnehmer|unsere abnehmer|der abnehmer|der generalunternehmer|unser generalunternehmer|" +
  "generalunternehmer|die stadtwerke|die gemeinde|die behörde|das krankenhaus|die klinik|" +
  "die warenhauskette|die handelskette|unser händler|unsere händler|der händler|die händler|" +
  "der großhändler|unser großhändler|der einzelhändler|der importeur|unser importeur|der käufer|" +
  "unser käufer|der bauträger|der investor|der betreiber|unser vertriebspartner|die fachhändler|" +
  "unsere fachhändler|der hauptauftragnehmer|die öffentliche hand";
const WHOSE_DE =
  "unseres kunden|unserem kunden|des kunden|vom kunden|dem kunden|" +
  "unseres endkunden|unserem endkunden|des endkunden|vom endkunden|dem endkunden|unseres auftraggebers|" +
  "des auftraggebers|vom auftraggeber|des bauherrn|vom bauherrn|unserer abnehmer|" +
  "unseres abnehmers|des abnehmers|vom abnehmer|des generalunternehmers|vom generalunternehmer|" +
  "unserer kunden|der kunden|unserer endkunden";
const NOT_PAID_DE =
  "noch nicht bezahlt|nicht bezahlt|noch nicht gezahlt|nicht gezahlt|noch nicht überwiesen|" +
  "nicht überwiesen|noch nicht beglichen|nicht beglichen|zahlt nicht|zahlt noch nicht|" +
  "zahlt verspätet|zahlt zu spät|im zahlungsverzug|in zahlungsverzug|schuldet uns|" +
  "verzögert die zahlung|hat die zahlung verzögert|zahlung verzögert|bittet um aufschub|" +
  "um zahlungsaufschub|hat finanzielle schwierigkeiten|hat liquiditätsprobleme|kein geld|" +
  "keine zahlung|ist insolvent|ist pleite|noch nicht freigegeben|nicht freigegeben|" +
  "noch nicht angewiesen|nicht angewiesen|noch nicht ausgezahlt|nicht ausgezahlt|" +
  "zahlen nicht|zahlen noch nicht|bezahlt nicht|bezahlen nicht|hält die zahlung zurück|" +
  "halten die zahlung zurück|hat einen zahlungsstopp|hat alle zahlungen|zahlungen eingefroren|" +
  "zahlungen gestoppt|schulden uns|ist im verzug|sind im verzug|zahlt schleppend|" +
  "zahlen schleppend|zahlen verspätet|lässt sich mit der zahlung zeit|im rückstand|in rückstand|" +
  "mit der zahlung im verzug|mit den zahlungen im verzug|mit der zahlung hinterher|" +
  "hängt mit der zahlung|hängt mit den zahlungen|hängen mit den zahlungen";
const WHEN_DE = "sobald|wenn|bis|nachdem|erst wenn|sowie";
const PAYS_DE =
  "zahlt|bezahlt|gezahlt|überweist|überwiesen|begleicht|beglichen|zahlen|bezahlen|überweisen|begleichen";

// Portuguese
const WHO_PT =
  "nosso cliente|nossos clientes|meu cliente|meus clientes|o cliente|os clientes|do cliente|" +
  "do nosso cliente|dos clientes|dos nossos clientes|cliente final|clientes finais|" +
  "usuário final|nosso comprador|o dono da obra|a construtora|o governo|a prefeitura|" +
  "nosso distribuidor|o distribuidor|a distribuidora|o atacadista|atacadista|o varejista|" +
  "a rede|a cooperativa|o hospital|a secretaria|o órgão|o município|a incorporadora|" +
  "a empreiteira|a mineradora|o contratante|a contratante|o importador|o comprador|" +
  "a loja|as lojas|o governo do estado|a estatal|da construtora|da prefeitura|do governo|" +
  "da rede|da cooperativa|do hospital|do atacadista|do distribuidor|da distribuidora|do comprador|" +
  "do importador|do órgão|da incorporadora|da empreiteira|da mineradora|do contratante|" +
  "da contratante|do dono da obra|da estatal|do município|do usuário final";
const NOT_PAID_PT =
  "não pagou|ainda não pagou|não nos pagou|ainda não nos pagou|não tem pago|não paga|" +
  "não nos paga|ainda não paga|não efetuou o pagamento|não fez o pagamento|" +
  "não realizou o pagamento|não liberou|ainda não liberou|não depositou|ainda não depositou|" +
  "não transferiu|atrasou o pagamento|está atrasando o pagamento|está atrasado|está em atraso|" +
  "está inadimplente|nos deve|pediu mais prazo|pediu prorrogação|" +
  "está com problemas financeiros|está com dificuldades|não repassou|ainda não repassou|" +
  "não nos repassou|não fez o repasse|não aprovou nossa nota|ainda não aprovou nossa nota|" +
  "não aprovou a nota|ainda não aprovou a nota|não aprovou nossa fatura|não aprovou a fatura|" +
  "não acertou|ainda não acertou|não acertou conosco|não acertou com a gente|não quitou|" +
  "ainda não quitou|não pagou a gente|travou o pagamento|travou os pagamentos|" +
  "segurou o pagamento|está segurando o pagamento|suspendeu os pagamentos|" +
  "congelou os pagamentos|paga atrasado|pagam atrasado|atrasa o pagamento|atrasam o pagamento|" +
  "nos devem|deve pra gente|está devendo|estão devendo|estão atrasados|está inadimplente|" +
  "está atrasada|estão atrasadas|atrasada com|atrasado com|atrasados com|atrasou os pagamentos";
const WHEN_PT = "quando|assim que|logo que|depois que|até que|após|uma vez que";
const THEY_PAY_US_PT =
  "nos pagar|nos pagarem|nos paguem|nos pague|nos repassar|nos repassarem|nos depositar|" +
  "nos depositarem|nos transferir|nos transferirem|acertar conosco|acertarem conosco|" +
  "acertar com a gente|acertarem com a gente|pagar a gente|pagarem a gente|nos quitar";

// Russian
const WHO_RU =
  "наш заказчик|наши заказчики|наш клиент|наши клиенты|мой клиент|мой заказчик|заказчик|" +
  "заказчики|клиент|клиенты|конечный заказчик|конечный клиент|конечный потребитель|" +
  "наш покупатель|покупатель|генподрядчик|генеральный подрядчик|застройщик|дилер|" +
  "дистрибьютор|наш дистрибьютор|покупатели|дилеры|торговая сеть|федеральная сеть|сеть|" +
  "маркетплейс*|госзаказчик*|оптовик*|головная компания|министерство|администрация|" +
  "больница|бюджетное учреждение";
const FROM_WHO_RU =
  "от заказчик*|от клиент*|от покупател*|от конечного*|от генподрядчик*|от застройщик*|" +
  "заказчика|клиента|покупателя|нашего заказчика|нашего клиента|от дистрибьютор*|от дилер*|" +
  "от сети|от маркетплейс*|от госзаказчик*|от министерств*";
const NOT_PAID_RU =
  "не оплати*|не заплати*|не перечисли*|не переве*|не рассчита*|не произв* оплат*|" +
  "не внес* оплат*|не погаси*|задержива* оплат*|задержал* оплат*|задержива* плат*|" +
  "задержал* плат*|задолжа*|должен нам|должны нам|просрочи* оплат*|просрочи* плат*|" +
  "тянет с оплат*|тянут с оплат*|попросил* отсрочк*|финансовые трудности|финансовые проблемы|" +
  "не получил* оплат*|не получил* деньги|не получил* средства|не получил* финансирование|" +
  "нам не платит|нам не платят|не платит|не платят|не рассчитывается|не рассчитываются|" +
  "затягива* оплат*|затягива* с оплат*|заморозил* платеж*|заморозил* оплат*|" +
  "приостановил* платеж*|приостановил* оплат*|не подписал* акт*|не закрыл* акт*|" +
  "не подписал* накладн*|не подписал* товарн*|не выплати*|не выплачива*";
// Someone settles with *us*, later (present or future: the past one has already paid).
const SETTLES_WITH_US_RU =
  "рассчитывается с нами|рассчитываются с нами|рассчитается с нами|рассчитаются с нами|" +
  "расплачивается с нами|расплачиваются с нами|расплатится с нами|расплатятся с нами";

// Arabic
const WHO_AR =
  "عميلنا|عملاؤنا|عملائنا|العميل|العملاء|عميلي|زبوننا|زبائننا|الزبون|الزبائن|العميل النهائي|" +
  "المستخدم النهائي|المشتري|صاحب المشروع|المقاول الرئيسي|الجهة الحكومية|الحكومة|الموزع|" +
  "الجهة المالكة|جهة مالكة|مالك المشروع|المالك|صاحب العمل|المقاول|مقاول رئيسي|المقاول العام|" +
  "الشركة العميلة|شركة عميلة|الوزارة|وزارة|المستشفى|مستشفى|البلدية|جهة حكومية|المطور|" +
  "المطور العقاري|الزبون النهائي|المستورد|تاجر الجملة|الموزعين|موزعنا|المشترين|عميل|زبون";
const NOT_PAID_AR =
  "لم يدفع|لم يدفعوا|لم يسدد|لم يسددوا|لم يقم بالدفع|لم يقوموا بالدفع|لم يقم بالسداد|لم يحول|" +
  "لم يحولوا|لم يرسل الدفعة|لم يصرف|لم تصرف|لم تدفع|لم تسدد|تأخر في الدفع|تأخر في السداد|" +
  "تأخروا في الدفع|تأخروا في السداد|متأخر في الدفع|متأخر في السداد|يتأخر في الدفع|مدين لنا|" +
  "طلب مهلة|طلبوا مهلة|يواجه صعوبات مالية|لديه مشاكل مالية|ما دفع|ما سدد|ما حول|ما دفعوا|" +
  "ما سددوا|ما زال لم يدفع|لم تفرج|لم يفرج|لم يتم الإفراج|لم تحول|لم يعتمد|لم تعتمد|" +
  "مديون لنا|مدينة لنا|مديونة لنا|يماطل|يماطلون|تماطل|يؤخر الدفع|يؤخر السداد|تؤخر الدفع|" +
  "أوقف الدفع|أوقفت الدفع|جمد الدفعات|جمدت الدفعات|ما صرف|ما صرفت|ما دفعت|لسه ما دفع|" +
  "لسا ما دفع|ينتظر صرف|ينتظر موافقة|تنتظر صرف|تنتظر موافقة|ينتظر اعتماد|ينتظر التمويل|" +
  "ينتظر مستحقاته|ينتظر الميزانية|لم يستلم مستحقاته|لم يحصل على مستحقاته";
const WAIT_AR = "ننتظر|بانتظار|في انتظار|نحن ننتظر|منتظرين|ما زلنا ننتظر";
const WHEN_AR = "عندما|بمجرد أن|بمجرد|حالما|بعد أن|حتى|فور أن|فور";
const PAYS_AR = "يدفع|يسدد|يحول|يدفعوا|يسددوا|تدفع|تسدد";
// Someone pays *us* (present tense: the past "دفع لنا" has paid).
const PAYS_US_AR =
  "يدفع لنا|يسدد لنا|يدفعون لنا|يسددون لنا|تدفع لنا|تسدد لنا|يدفعوا لنا|يسددوا لنا|" +
  "يحول لنا|يحولون لنا|تحول لنا|يصرف لنا|تصرف لنا";

// Chinese (simplified and traditional)
const WHO_ZH =
  "客户|终端客户|下游客户|我们的客户|我的客户|我方客户|最终客户|终端用户|业主|甲方|总包|" +
  "总承包商|项目方|下家|经销商|分销商|客戶|終端客戶|下游客戶|我們的客戶|最終客戶|終端用戶|" +
  "業主|總包|項目方|經銷商|下游|终端|終端|医院|醫院|开发商|開發商|建设方|建設方|建设单位|" +
  "建設單位|采购方|採購方|代理商|批发商|批發商|买家|買家|客人|连锁超市|連鎖超市|商场|商場";
const NOT_PAID_ZH =
  "还没付|还没有付|没付|未付|尚未付|没有付|还没打款|没打款|未打款|还没转|没转账|未支付|尚未支付|" +
  "没支付|没有支付|还没结|没结|拖欠|拖款|压款|延迟付款|延期付款|推迟付款|款还没到|款没到|" +
  "钱还没到|还没回款|没回款|未回款|没给我们钱|资金紧张|資金緊張|还没把钱|没把钱|还没把款|没把款|还没把货款|没把货款|還沒把貨款|沒把貨款|" +
  "不付款|不肯付|不愿付|不给钱|没给钱|还没打过来|没打过来|还没转过来|没转过来|拖着|一直拖|還沒把錢|沒把錢|不付款|不肯付|拖著|一直拖|" +
  "還沒付|還沒有付|沒付|尚未支付|" +
  "沒有付|還沒打款|沒打款|拖欠|延遲付款|款還沒到|錢還沒到|還沒回款|沒回款|" +
  "一分钱没给|一分钱都没给|一分钱也没给|一分錢沒給|一分錢都沒給|没结款|未结款|还没结款|沒結款|" +
  "没结账|还没结账|沒結賬|没放款|不放款|没拨款|未拨款|尚未拨付|未拨付|没拨付|還沒撥|未撥付|" +
  "没批款|不批款|未批款|資金未到位|资金未到位|资金没到位|资金还没到位|资金尚未到位|款未到位|" +
  "款项未到位|款没下来|款还没下来|钱没下来|钱还没下来|款沒下來|錢還沒下來|未向我司支付|" +
  "未向我司付|尚未向我司|未向我方支付|尚未向我方|未向我们支付|未向我们付|没向我们付|沒向我們付|" +
  "没给我们付|还没给我们付|没给我们打款|还没给我们打|沒給我們付|欠我们|欠我們|欠着我们|欠著我們|" +
  "迟迟不付|迟迟没付|迟迟未付|遲遲不付|遲遲未付|一直没付|一直不付|一直沒付|还没付款|没付款|" +
  "未付款|暂停付款|冻结付款|暫停付款|推迟支付|延迟支付|延遲支付|未俾钱|未俾錢|仲未俾|未畀|冇俾|" +
  "未找数|未找數|仲未找|还在走付款流程|在走付款流程|付款流程还没走完|款还在审批|付款还在审批|" +
  "還在走付款流程|付款流程還沒走完|没回来|一直没回来|还没回来|收不回来|收不回|回不来|沒回來|" +
  "收不回來|拖数|拖數|走数|走數|赖账|賴賬|三角债|三角債";
// "…才付我们": someone pays *us* only after something.
const PAYS_US_ZH =
  "才能付给我们|才付给我们|才付我们|才会付我们|才会付给我们|才给我们付|才给我们打款|" +
  "才能给我们打款|才会给我们打款|才能给我们付|才跟我们结|才和我们结|才给我们结|才能跟我们结|" +
  "才能和我们结|才能結給我們|才會付給我們|才付給我們|才付我們|才給我們付|才跟我們結|" +
  "才能付給我們|才給我們打款|才肯付我们|才肯付給我們|才俾我哋|先俾我哋";

export const MIDDLEMAN: ReasonCues = {
  reason: "middleman",
  cues: {
    en: {
      strong: [
        `${WHO_EN} … ${NOT_PAID_EN}`,
        `${WHO_EN} … ${APPOSITION_EN} … ${NOT_PAID_EN}`,
        `${WHO_EN} … not|never|hasn't|haven't|didn't|won't|can't|cannot … pay*|paid|settle*|release*|remit*|transfer*`,
        cross("waiting for|waiting on|wait for|awaiting|depend on|depends on|rely on", WHO_EN),
        cross(
          "payment from|payments from|funds from|money from|remittance from|transfer from|paid by|" +
            "tranche from|funding from|collect from|collected from|collection from",
          WHO_EN
        ),
        `waiting for|waiting on|awaiting|still waiting … payment|funds|money|tranche|transfer|remittance|release … from|by … ${WHO_EN}`,
        "customer's payment*|client's payment*|customers' payment*|clients' payment*|" +
          "buyer's payment*|end user's payment*|principal's payment*|donor's payment*",
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
        // Someone downstream pays *us* only on terms or conditions.
        "pays us only|pay us only|only pays us|only pay us|pays us after|pay us after|" +
          "pays us once|pay us once|will pay us only|they pay us when|he pays us when|" +
          "pay us only when|only get paid|only gets paid|we only get paid|we are only paid|" +
          "we'll only be paid|we will only be paid|we only receive payment",
        "not yet released|not released|hasn't released|haven't released|not approved|" +
          "not yet approved|hasn't approved|haven't approved|not transferred|not remitted|" +
          "not paid|not yet paid|hasn't paid|haven't paid … payment to us|payments to us|" +
          "the funds to us|the money to us|our invoice|our invoices|our bill|our bills|" +
          "our milestone|our progress payment",
        `that ordered|who ordered|which ordered|that bought|who bought|which bought|` +
          `that purchased|who purchased|we sold to|we supplied to|we resold to|we work for|we supply|` +
          `we deliver to|we sell to|we are supplying … ${NOT_PAID_EN}`,
        "still owe us|still owes us|owes us money|owe us money|owes us for|owe us for|" +
          "still owing us|owes us a lot|owe us a lot",
        "also waiting for payment|also waiting for our payment|also waiting to be paid|" +
          "ourselves waiting for payment|ourselves waiting to be paid|waiting for our own payment|" +
          "also waiting for the payment|also waiting for money|also waiting for funds|" +
          "we are waiting to be paid ourselves|we ourselves have not been paid|" +
          "we have not been paid ourselves|we haven't been paid ourselves",
        "chain of payment*|payment chain|payments chain",
        "pays us on|pay us on|pays us at|pay us at|pays us in|pay us in|paying us on|paying us at … days|" +
          "day terms|terms|credit",
        "our customer's lc|our client's lc|our buyer's lc|customer's l/c|client's l/c|buyer's l/c|" +
          "customer's letter of credit|client's letter of credit|buyer's letter of credit|" +
          "lc from our customer|lc from our buyer|lc from our client",
      ],
      weak: [
        "we have not been paid|we haven't been paid|not been paid yet|we are waiting to be paid|" +
          "waiting to get paid|paid us yet|paid us so far",
        `${WHO_EN} … delay*`,
        "customer payment*|client payment*",
        "the project is delayed|project has been delayed|project is on hold",
        "resold to|resell to|we resold|we resell|resold the goods|resold these goods|" +
          "the problem is our customer|the problem is our client|the issue is our customer|the issue is our client",
        "sub supplier|sub-supplier|subsupplier|subcontractor|sub-contractor|as buying agents|" +
          "as a buying agent|as their agent|we are buying agents|we are a buying agent|" +
          "as a sourcing agent|as sourcing agents",
        "purchased for our client|purchased for our customer|bought for our client|" +
          "bought for our customer|ordered for our client|ordered for our customer|" +
          "for our client's project|for our customer's project|on behalf of our client|" +
          "on behalf of our customer|for a donor-funded|donor-funded|for a government project|" +
          "for a public project|government tender|public tender",
        "when we receive their|once we receive their|as soon as we receive their|" +
          "after we receive their|until we receive their|once they pay|when they pay|" +
          "as soon as they pay|after they pay|until they pay|once they release|" +
          "when they release|as soon as they release",
        "milestone payment|progress payment|payment certificate|retention money|" +
          "commissioning and sign-off|after commissioning|final acceptance",
      ],
      against: [
        `${WHO_EN} … has paid|have paid|has now paid|have now paid|paid us|has settled|` +
          "has released|released the payment|finally paid|has transferred|transferred the money",
        `received|got … ${cross("payment from|money from|funds from", WHO_EN)}`,
        "got paid by",
        "pay us fine|pay us on time|pays us on time|paying us on time|customers pay fine|" +
          "customers are paying fine|customers pay on time|clients pay on time",
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
        // Someone pays *us* only afterwards; we pass the money on.
        PAYS_US_ZH,
        `${WHO_ZH} … 付我们|付给我们|给我们付款|给我们打款|打给我们|打款给我们|付我們|付給我們|給我們付款|給我們打款|打給我們`,
        // The downstream holds back our money; the debt runs down a chain.
        `${WHO_ZH} … 压了|压着|压咗|押着|押了|扣着|扣了|卡着|壓咗|壓著|壓了|扣著|卡著 … 货款|款|钱|錢|貨款|數|数`,
        "卡在|压在|押在|卡到|壓在 … 客户|客戶|下游|业主|業主|甲方|总包|總包|终端|終端|开发商|開發商",
        "一层压一层|层层压款|层层拖欠|一層壓一層|層層壓款|層層拖欠",
        `${cross("我们的|我们|我們的|我們", "下游")}|下游是|下游客户的|下游的 … 账期|帐期|賬期|回款周期|结算周期|付款周期`,
        `${cross("等他们|等他們|等对方|等對方", "把钱|把款|把錢|付款|打款|回款|结款|結款")}`,
        `${WHO_ZH} … 先打过来|先打款|先把钱打|先把款打|把钱打过来|把款打过来|把钱转过来|把款转过来|把錢打過來|先打過來`,
        "财政资金|财政款|财政拨款|预算资金|专项资金|財政資金|財政撥款|專項資金 … 未拨付|尚未拨付|没拨|未到位|没到位|没下来|还没批|未下达|没下达|还没拨|未撥付|沒到位|未到位|沒下來",
        `他们自己的客户|他们的客户|客户的客户|他們自己的客戶|他們的客戶|客戶的客戶 … 回款|付款|打款|结款|付钱|給錢|给钱`,
      ],
      weak: [
        "回款",
        "才能转给|才转给|再转给你|再转给贵司|再转给您|才能转付|才能轉給|才轉給|再轉給",
        "我们也没收到钱|我們也沒收到錢|我们也没收到款|我們也沒收到款",
        "代采购|代理采购|帮客户采购|替客户采购|为客户采购|代客采购|代采購|代理採購|幫客戶採購|帮客户代采|幫客戶代採",
        "政府项目|政府招标项目|政府招标|招标项目|政府工程|政府項目|政府招標",
        "进度款|進度款|验收单|驗收單|验收合格|驗收合格|试运行|試運行",
        "一结清|一結清|一回款|他们付了|他們付了|他们一付|他們一付",
      ],
      against: [
        `${WHO_ZH} … 已付|已经付|已經付|已经打款|已經打款|已打款|付了款了|付款了|款已到|款已经到|款已經到|已回款|已经回款|已經回款|早就把钱给|早就付|把钱给我们了|把錢給我們了|已经付给我们|已经付我们|已付给我们|早就付给我们|早就付我们|已经打给我们|已經付給我們|已付給我們`,
        "已收到客户|已经收到客户|已收到客戶|已經收到客戶",
      ],
    },
    es: {
      strong: [
        `${WHO_ES} … ${NOT_PAID_ES}`,
        `${WHO_ES} … ${cross(
          "todavía no nos|aún no nos|todavía no nos ha|aún no nos ha|todavía no nos han|aún no nos han|no nos ha|no nos han",
          "pagado|girado|abonado|transferido|depositado|cancelado|liquidado|cubierto|radicado|pagó|giró|abonó|transfirió|depositó|canceló|liquidó|cubrió|paga|pagan|gira|giran|abona|abonan"
        )}|sigue sin pagar|siguen sin pagar|sigue sin pagarnos|siguen sin pagarnos`,
        `esperando|esperamos|estamos esperando|en espera de|a la espera de|dependemos de … pago|pagos|dinero|fondos|transferencia|depósito|giro|abono … ${WHO_ES}`,
        `esperando que|esperamos que|esperando a que|a la espera de que|en espera de que|seguimos esperando que … ${WHO_ES} … pag*|cancel*|deposit*|transfier*|cubr*|abon*|gir*|liquid*`,
        cross("esperando a|esperamos a|dependemos de", WHO_ES),
        `${WHEN_ES} … ${WHO_ES} … pag*|cancel*|deposit*|transfier*|liber*|abon*|gir*|liquid*|cubr*`,
        `${cross("cuando|en cuanto|una vez que|hasta que|apenas|tan pronto como", "nos paguen|recibamos el pago|cobremos|nos depositen|nos transfieran")}`,
        `${WHEN_ES} … ${THEY_PAY_US_ES}`,
        `no hemos recibido|aún no recibimos|todavía no recibimos|no nos ha llegado … pago|dinero|fondos … ${WHO_ES}`,
        // The downstream pays us on long terms, or only after something.
        "nos pagan|nos paga|nos abonan|nos abona|nos liquidan|nos liquida|nos cancelan|nos cancela|" +
          "nos giran|nos gira … a 30|a 45|a 60|a 90|a 120|a 180|días|dias|confirming|pagaré|pagarés|" +
          "recién|después de que|solo cuando|sólo cuando",
        "solo nos paga|sólo nos paga|solo nos pagan|sólo nos pagan|nos paga recién|nos pagan recién|" +
          "nos paga después|nos pagan después|nos paga cuando|nos pagan cuando|nos paga hasta|" +
          "nos pagan hasta",
        "no nos paga|no nos pagan|no nos pagará|no nos pagarán|no nos abona|no nos abonan|" +
          "no nos liquida|no nos liquidan … hasta|sino hasta|sino después|sino cuando|antes de",
        `que compró|que nos compró|que nos compra|que encargó|que nos encargó|que pidió|que ordenó … ${NOT_PAID_ES}|todavía no nos|aún no nos`,
        "nos tiene la factura|nos tienen la factura|tiene nuestra factura|tienen nuestra factura|" +
          "nos retiene la factura|nos retienen la factura|nos tiene retenida la factura … " +
          "observada|retenida|detenida|parada|bloqueada|en revisión|rechazada|devuelta",
        "nosotros también estamos esperando|también estamos esperando que nos paguen|" +
          "también esperamos que nos paguen|nosotros también esperamos el pago|" +
          "a su vez dependen|a su vez depende|a su vez esperan|a su vez espera",
      ],
      weak: [
        "esperando que nos paguen|esperamos que nos paguen|no nos han pagado|aún no nos pagan|" +
          "todavía no nos pagan|estamos esperando un pago|esperando un pago",
        "el proyecto se retrasó|el proyecto está retrasado|el proyecto está detenido",
        "por encargo de|por encargo del|por cuenta de nuestro cliente|para nuestro cliente|" +
          "para un cliente|para una obra|para un proyecto del gobierno|licitación pública|" +
          "para una licitación",
        "no nos ha girado|no nos ha abonado|no nos ha depositado|no nos ha transferido|" +
          "no nos giró|no nos abonó|todavía no nos giró|aún no nos giró",
        "conformidad de recepción|acta de conformidad|radicación de la factura|sin radicación",
      ],
      against: [
        `${WHO_ES} … ya pagó|ya nos pagó|ya ha pagado|ya nos ha pagado|nos pagó|ha pagado|ya canceló|ya depositó|ya transfirió|por fin pagó`,
        `recibimos … pago|dinero|fondos … ${WHO_ES}`,
        "nos pagan bien|nos pagan a tiempo|nos pagan puntual|pagan puntualmente|nos paga bien",
        "nos pagan|nos paga … sin problema|sin problemas|puntualmente|a tiempo|en fecha",
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
        // Their payment first, then ours.
        "dès réception de|à réception de|après réception de|dès encaissement de|après encaissement de|" +
          "à l'encaissement de|dès que nous recevrons|dès que nous aurons reçu|quand nous recevrons|" +
          "une fois reçu|dès l'arrivée de … son règlement|son paiement|son virement|leur règlement|" +
          "leur paiement|leur virement|ses fonds|leurs fonds|son versement|leur versement",
        "attendons son virement|attendons son règlement|attendons son paiement|" +
          "attendons leur virement|attendons leur règlement|attendons leur paiement|" +
          "attendons ses fonds|attendons leurs fonds|attendons son versement|attendons leur versement|" +
          "attendons nous-mêmes|nous-mêmes attendons|attendons nous aussi|nous aussi attendons|" +
          "nous-mêmes pas été payés|nous-mêmes pas encore été payés",
        // The downstream pays us on terms, or only after something.
        "nous règle|nous paie|nous paye|nous règlent|nous paient|nous payent|nous réglera|nous paiera|" +
          "nous régleront|nous paieront … à 30|à 45|à 60|à 90|à 120|jours|fin de mois|qu'après|" +
          "que lorsque|que quand|seulement après|uniquement après",
        "ne nous règle|ne nous paie|ne nous paye|ne nous règlent|ne nous paient|ne nous payent|" +
          "ne nous réglera|ne nous paiera|ne sommes payés|ne serons payés|ne sommes réglés|" +
          "ne serons réglés|ne sommes payées|ne serons payées … qu'après|qu'apres|qu'à|qu'une fois|" +
          "qu'au|qu'en|que lorsque|que quand|que si|que sur",
        `${WHO_FR} … attend|attendent|attend encore|attend toujours|attend lui-même … paiement|règlement|fonds|virement|versement|déblocage|budget|subvention`,
        `qui a commandé|qui nous a commandé|qui a acheté|qui nous a acheté|qui nous a passé commande|` +
          `à qui nous avons vendu|à qui nous avons revendu … ${NOT_PAID_FR}|attend toujours|attend encore|` +
          "attendent toujours|attendent encore|attend lui-même|attendent eux-mêmes",
      ],
      weak: [
        "nous n'avons pas été payés|pas encore été payés|attendons d'être payés|" +
          "attendons un paiement|attendons des fonds",
        "le projet est retardé|le projet a pris du retard|chantier est bloqué|chantier est arrêté",
        "revendu à|revendus à|revendue à|revendues à|avons revendu|nous revendons|" +
          "destinée à un marché public|destinées à un marché public|marché public|pour le compte de",
        "sous-traitant|sous-traitants|en sous-traitance|nous sommes sous-traitants",
        "qui nous règle|qui nous paie|qui nous paye|qui nous règlent|qui nous paient",
        "l'argent ne nous est pas parvenu|l'argent ne nous est pas encore parvenu|" +
          "les fonds ne nous sont pas parvenus|ne nous est pas encore parvenu|" +
          "pas levé les documents|pas encore levé les documents",
      ],
      against: [
        `${WHO_FR} … a payé|nous a payé|a réglé|nous a réglé|a enfin payé|a viré|a versé`,
        `avons reçu|avons bien reçu … paiement|règlement|fonds|virement … ${WHO_FR}`,
        "nous a déjà payés|nous a déjà réglés|nous paient à l'heure|nous règlent à l'heure|" +
          "paient bien|règlent bien",
      ],
      // A documentary collection is a way of paying, not a discount.
      masks: [
        "remise documentaire|remises documentaires|encaissement documentaire|crédit documentaire|" +
          "par remise documentaire",
      ],
    },
    de: {
      strong: [
        `${WHO_DE} … ${NOT_PAID_DE}`,
        `${WHO_DE} … zahlt|zahlen|bezahlt … verspätet|schleppend|zu spät|noch nicht|nicht|nie`,
        `zahlung|zahlungseingang|geld|überweisung|mittel … ${WHOSE_DE}`,
        `warten auf|warten noch auf|wir warten … zahlung|geld|überweisung|zahlungseingang … ${WHOSE_DE}`,
        `${cross("warten auf|abhängig von|hängen von", "unseren kunden|den kunden|unseren endkunden|den endkunden|unseren auftraggeber|den auftraggeber|unseren abnehmer|den abnehmer|den generalunternehmer|den bauherrn")}`,
        `${WHEN_DE} … ${WHO_DE} … ${PAYS_DE}`,
        `${cross("sobald|wenn|bis|nachdem|erst wenn", "wir bezahlt werden|wir das geld erhalten|wir die zahlung erhalten|wir geld bekommen|wir bezahlt wurden|wir unser geld haben|wir unser geld bekommen")}`,
        `kein geld|keine zahlung … ${WHOSE_DE}`,
        // Someone downstream pays *us* only later, or not.
        "zahlt uns|zahlen uns|zahlt er uns|zahlen sie uns|zahlt sie uns|bezahlt uns|bezahlen uns|" +
          "bezahlt er uns|überweist uns|überweisen uns|begleicht uns … erst|nicht|nur|verspätet|" +
          "schleppend|noch nicht|nie",
        "werden erst bezahlt|werden selbst erst bezahlt|erst bezahlt, wenn|wir selbst warten|" +
          "warten selbst noch|warten selbst auf unser geld|warten wir selbst|warten auch noch auf unser geld|" +
          "selbst noch nicht bezahlt|selbst noch kein geld",
        "zahlung an uns|zahlungen an uns … nicht|noch nicht|verzögert|zurück",
        "unsere rechnung|unsere rechnungen|uns die rechnung|uns die rechnungen … noch nicht freigegeben|" +
          "nicht freigegeben|nicht bezahlt|noch nicht bezahlt|nicht beglichen|noch nicht beglichen|" +
          "noch offen|seit wochen offen|seit monaten offen",
        `für die wir|für den wir|für das wir|an die wir|an den wir|denen wir|dem wir … geliefert|verkauft|gebaut|installiert|montiert … ${NOT_PAID_DE}`,
      ],
      weak: [
        "wir wurden noch nicht bezahlt|wir sind noch nicht bezahlt|warten selbst auf geld|" +
          "warten selbst auf eine zahlung|warten auf einen zahlungseingang",
        "das projekt verzögert sich|projekt ist verzögert|baustelle steht",
        "erhalten|bekommen … das geld erst|unser geld erst|die zahlung erst|unser geld selbst erst|" +
          "das geld selbst erst|unser geld auch erst",
        "auf kommission|in kommission|öffentliche ausschreibung|öffentlichen auftrag|" +
          "für ein krankenhausprojekt|für ein projekt",
        "abschlag|abschlagszahlung|abschlagsrechnung|schlussrate|schlusszahlung … noch nicht|nicht|aus",
        "sobald von dort|sobald dort|wenn von dort|sobald von denen … geld|zahlung",
        "rechnung|rechnungen … seit wochen|seit monaten … nicht bezahlt|offen|nicht beglichen",
        "abrechnung … steht … noch aus",
      ],
      against: [
        `${WHO_DE} … hat bezahlt|hat gezahlt|hat überwiesen|hat uns bezahlt|hat beglichen|hat endlich bezahlt|hat längst bezahlt|hat schon bezahlt|hat bereits bezahlt`,
        `haben … zahlung … ${WHOSE_DE} … erhalten`,
        "zahlen pünktlich|zahlt pünktlich|zahlen uns pünktlich",
      ],
    },
    pt: {
      strong: [
        `${WHO_PT} … ${NOT_PAID_PT}`,
        `aguardando|aguardamos|esperando|esperamos|dependemos … pagamento|pagamentos|dinheiro|recursos|repasse|depósito … ${WHO_PT}`,
        `aguardando que|esperando que|aguardamos que … ${WHO_PT} … pag*|depos*|transf*|liber*|repass*|acert*`,
        cross("aguardando o|esperando o|aguardando|dependemos do|dependemos de", WHO_PT),
        `${WHEN_PT} … ${WHO_PT} … pag*|depos*|transf*|liber*|repass*|acert*|quit*`,
        `${cross("quando|assim que|logo que|até que|depois que", "recebermos|nos pagarem|formos pagos|recebermos o pagamento")}`,
        `${WHEN_PT} … ${THEY_PAY_US_PT}`,
        `${WHEN_PT} … ${cross("eles|ele|o estado|o governo|o município|a prefeitura|a estatal", "pagar|pagarem|acertar|acertarem|repassar|repassarem|quitar|quitarem|nos pagar|nos pagarem")}`,
        `não recebemos|ainda não recebemos … pagamento|dinheiro|repasse … ${WHO_PT}`,
        // The downstream pays us on long terms, or only after something.
        "só nos paga|só nos pagam|só paga a gente|só pagam a gente|só acerta com a gente|" +
          "só acertam com a gente|só acerta conosco|só acertam conosco|só repassa|só repassam|" +
          "só nos repassa|só nos repassam|só paga a nós|nos paga só|nos pagam só",
        "pagou com boleto|pagaram com boleto|paga com boleto|pagam com boleto|nos paga em|" +
          "nos pagam em|nos paga a|nos pagam a|nos paga com|nos pagam com … dias|boleto|vencimento",
        `que comprou|que nos comprou|que compraram|que nos compraram|que comprou da gente|que encomendou … ${NOT_PAID_PT}|ainda não aprovou|não aprovou`,
        "nossa nota fiscal|nossa nota|nossas notas|nossa fatura|nossas faturas … não foi aprovada|" +
          "não foram aprovadas|travada|travadas",
        "também estamos esperando|também estamos aguardando|nós também estamos esperando|" +
          "a gente também está esperando|também não recebemos",
      ],
      weak: [
        "não fomos pagos|ainda não fomos pagos|aguardando um pagamento|aguardando recebimento|" +
          "aguardando recebimentos",
        "a obra atrasou|a obra está parada|o projeto atrasou|o projeto está parado",
        "vendida para|vendido para|vendidos para|vendidas para|revendemos|revendido para|" +
          "foi toda vendida|foi todo vendido|foram todos para|foi para um hospital|é para um hospital",
        "empenho travado|o empenho|empenho ainda não|licitação do governo|licitação pública|" +
          "licitação que a gente ganhou|licitação que ganhamos",
        "boleto for compensado|boleto compensar|compensação do boleto|sem isso não entra o pagamento|" +
          "não entra o pagamento",
        "depois que os cooperados|depois da safra deles",
      ],
      against: [
        `${WHO_PT} … já pagou|já nos pagou|pagou|efetuou o pagamento|já depositou|já transferiu|finalmente pagou`,
        `recebemos … pagamento|dinheiro|repasse … ${WHO_PT}`,
        "pagando em dia|pagam em dia|paga em dia|nos pagam em dia|pagam certinho|pagando certinho",
      ],
    },
    ru: {
      strong: [
        `${WHO_RU} … ${NOT_PAID_RU}`,
        `ждём|ждем|ожидаем|ждут|в ожидании|зависим … оплат*|деньги|денег|средств*|поступлени*|платеж*|платёж* … ${FROM_WHO_RU}`,
        `${cross("как только|когда|после того как|пока|до тех пор пока", WHO_RU)} … оплат*|заплат*|перечисл*|рассчита*|переведет|переведёт|переведут`,
        `${cross("как только|когда|после того как|пока", "нам заплатят|нам оплатят|получим оплату|получим деньги|получим средства")}`,
        `не получили|не поступил* … оплат*|деньги|средства|платеж*|платёж* … ${FROM_WHO_RU}`,
        // Someone downstream pays *us*, later, or only on terms.
        SETTLES_WITH_US_RU,
        "нам не платит|нам не платят|нам не платил*|нам не оплачива*|нам пока не платит|" +
          "нам пока не платят|нам до сих пор не заплатил*|нам до сих пор не оплатил*",
        `${WHO_RU} … оплачивает только|платит только|оплачивают только|платят только|` +
          "рассчитывается только|рассчитываются только|платит нам только|платят нам только|" +
          "оплачивает лишь|платит лишь|платит с отсрочкой|оплачивает с отсрочкой|платят с отсрочкой|" +
          "оплачивают с отсрочкой|платит через|оплачивает через|платят через|оплачивают через|" +
          "платит нам с отсрочкой|платят нам с отсрочкой|оплачивает нам с отсрочкой|" +
          "оплачивают нам с отсрочкой|платит нам через|платят нам через",
        "как только|когда|после того как|после того, как … рассчитается|рассчитаются|расплатится|" +
          "расплатятся|заплатит|заплатят|оплатит|оплатят|перечислит|перечислят|переведут",
        "мы сами ждём|мы сами ждем|сами ждём оплат*|сами ждем оплат*|сами ещё не получили|" +
          "сами еще не получили|сами не получили|нам самим не заплатил*|нам самим не оплатил*",
      ],
      weak: [
        "нам не заплатили|нам еще не заплатили|нам ещё не заплатили|нам не оплатили|ждем поступлени*|" +
          "ждём поступлени*|ждем деньги|ждём деньги",
        "проект задерживается|объект заморожен|стройка стоит",
        "из-за клиент*|из-за заказчик*|из-за покупател*|по вине клиент*|по вине заказчик*|" +
          "по вине покупател*",
        "который|которая|которые … задержива* оплат*|не оплати*|не заплати*|не рассчита*|" +
          "не платит|не платят|задолжал*",
        "работаем субподрядчиком|мы субподрядчик*|на субподряде|выплачивают ему|платят ему|" +
          "выплачивает ему|перечисляют ему",
        "пока деньги не пришли|пока деньги не поступ*|пока не придут деньги|пока не поступ* оплат*",
      ],
      against: [
        `${WHO_RU} … оплатил*|заплатил*|перечислил*|рассчитал*`,
        `получили|поступил* … оплат*|деньги|средства|платеж*|платёж* … ${FROM_WHO_RU}`,
        "платят вовремя|платит вовремя|платят исправно|платит исправно|с нами давно рассчитал*",
      ],
    },
    ar: {
      strong: [
        `${WHO_AR} … ${NOT_PAID_AR}`,
        `${WAIT_AR} … الدفع من|الدفعة من|السداد من|المبلغ من|الأموال من|التحويل من|دفعة|سداد|دفع|أموال … ${WHO_AR}`,
        `${WHEN_AR} … ${PAYS_AR} … ${WHO_AR}`,
        `${WHEN_AR} … ${WHO_AR} … ${PAYS_AR}`,
        `${cross(WAIT_AR, WHO_AR)}`,
        `${WAIT_AR} … أن يسدد|أن يدفع|أن يحول|أن تسدد|أن تدفع|أن يسددوا|أن يدفعوا|أن يحولوا … ${WHO_AR}`,
        `لم نستلم|لم يصلنا|لم نتلق … الدفعة من|المبلغ من|الدفع من|السداد من|المستحقات من … ${WHO_AR}`,
        // Someone downstream pays *us*, only after something.
        `${PAYS_US_AR} … بعد|إلا بعد|الا بعد|قبل|عند|حين|متى|خلال`,
        "أن يدفع لنا|أن يسدد لنا|أن يدفعوا لنا|أن يسددوا لنا|أن تدفع لنا|أن تسدد لنا|" +
          "ان يدفع لنا|ان يسدد لنا|لن يدفع لنا|لن يسدد لنا|لا يدفع لنا|لا يسدد لنا|لم يدفع لنا|" +
          "لم يسدد لنا|لم تدفع لنا|لم تسدد لنا|لم يدفعوا لنا|لم يسددوا لنا|لا يدفعون لنا|لم تصرف لنا|" +
          "لم يصرف لنا",
        "لا نستلم مستحقاتنا|لا نحصل على مستحقاتنا|لم نستلم مستحقاتنا|لم نحصل على مستحقاتنا|" +
          "لن نستلم مستحقاتنا|مستحقاتنا لدى|مستحقاتنا عند|مستحقاتنا من|لا نقبض إلا|لا نقبض الا|" +
          "لا نستلم المبلغ إلا|لا نستلم المبلغ الا",
        "لم يصرف|لم تصرف|لم يتم صرف|ننتظر صرف|بانتظار صرف|تأخر صرف|تأخير صرف … المستخلص|مستخلص|المستخلصات|مستخلصات",
        "نحن أيضا ننتظر|نحن أيضاً ننتظر|ونحن أيضا ننتظر|نحن كذلك ننتظر",
      ],
      weak: [
        "نحن بدورنا|ونحن بدورنا",
        "لم يتم الدفع لنا|لم يدفع لنا أحد|ننتظر تحصيل|بانتظار التحصيل|ننتظر دفعة|بانتظار دفعة",
        "المشروع متأخر|تأخر المشروع|المشروع متوقف",
        "أمر الصرف|المستخلص|مستخلص|مشروع حكومي|لمشروع حكومي|مستشفى حكومي|لمستشفى حكومي|" +
          "موردة ل|موردة إلى|مورّدة ل|مخصصة لمشروع|لصالح مشروع",
        `${WHEN_AR} … استلامنا|نستلم|يصلنا|وصول … المبلغ|الدفعة|المستحقات|مستحقاتنا|دفعتنا`,
        `بمجرد أن|عندما|حالما|فور أن … يسدد|يدفع|يسددوا|يدفعوا|تدفع|تسدد`,
      ],
      against: [
        `${WHO_AR} … قد دفع|قد سدد|دفع لنا|سدد لنا|قام بالدفع|قام بالسداد|حول المبلغ|دفعوا لنا|سددوا`,
        `استلمنا|وصلتنا|تم استلام|قبضنا … من … ${WHO_AR}`,
        "ملتزمين بالدفع|ملتزمون بالدفع|يدفعون في الموعد|يسددون في الموعد",
      ],
    },
  },
};
