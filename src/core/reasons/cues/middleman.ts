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
  "his customer|his client|our customer's customer|our offtaker|the offtaker|" +
  "our biggest customer|our main customer|our largest customer|our key customer|our major customer|" +
  "our big customer|my biggest customer|my main customer|the supermarket|the supermarket chain|" +
  "the retail chain|the hotel|the school|the university|the state company|the state-owned company|" +
  "the parastatal|the end customer|the trader|the shop owner";
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
  "suspended supplier payments|frozen supplier payments|froze supplier payments|" +
  "not arrange the payment|not arranged the payment|not arrange payment|not arranged payment|" +
  "not arrange the money|not arranged the money|not arrange the funds|not arranged the funds|" +
  "not send the money|not send money|not sent money|not send the payment|not send us|not sent us|" +
  "not cleared the payment|not clear the payment|not cleared our|not clear our|not settle|" +
  "not release the payment|not release the money|not release the funds|not transfer|not remit|" +
  "still outstanding|not pay me|not paid me|not pay us|not paid us|refused to pay|refuses to pay|" +
  "refusing to pay|yet to release|yet to settle|yet to transfer|yet to remit|yet to make the payment|" +
  "not made the payment|not yet made the payment|not made payment|is owing us|is owing me|owing us|" +
  "owing me|delayed us|delayed paying|delayed in paying|is delaying us|still pending|is pending";
const WHEN_EN = "once|when|as soon as|after|until|till|unless|before|immediately|the moment";
// A third party (he, they, those people, their finance…): with "not paid" only a hint,
// since the reply must also say who they are ("The goods are for my customer. He did not pay me yet.").
const THEY_EN =
  "he|she|they|those people|these people|the guy|the man|their finance|their finance department|" +
  "their finance dept|their accounts|their accounts department|their account department|" +
  "their accountant|their accounting|their side|his side|her side|their management|their head office|" +
  "their company|his company|their office|their boss|his boss|their treasury";
const THEY_NOT_PAID_EN =
  "not paid|not yet paid|not pay*|hasn't paid|haven't paid|hasn't pay|didn't pay|yet to pay|" +
  "not released|not yet released|hasn't released|haven't released|not release*|not arrange*|" +
  "not sent the money|not sent money|not send the money|not send money|not sent the payment|" +
  "not send the payment|not sent us|not send us|not transfer*|not settle*|not cleared|not clear*|" +
  "not remit*|not wire*|not approved the payment|not processed the payment|not process the payment|" +
  "delayed the payment|delaying the payment|still owe*|owes me|owe me|owes us|owe us|" +
  "not given us|not give us|not given me|not give me";
const NOT_PAID_US_EN =
  "has not paid us|hasn't paid us|has still not paid us|has not yet paid us|hasn't yet paid us|" +
  "did not pay us|didn't pay us|did not pay me|didn't pay me|has not paid me|hasn't paid me|" +
  "still not pay us|still not pay me|not pay me yet|not paid me yet|not paid us yet|not pay us yet|" +
  "still not paid us|still not paid me|still owe us|still owes us|owes us money|owe us money|" +
  "still owing us";
// Where the goods went: someone the buyer sells to or works for.
const GOODS_EN =
  "the goods|these goods|the items|the materials|the products|the equipment|the machines|" +
  "the machinery|the generators|the shipment|the cargo|the container|the containers|" +
  "the consignment|the tiles|the spare parts|the panels|this order|the order";
const WENT_TO_EN =
  "are for|is for|were for|was for|went to|go to|goes to|delivered to|supplied to|sold to|" +
  "installed at|installed in|installed for|meant for|destined for|ordered by|bought by|purchased by|" +
  "used by|used for|resold to";
const PAYS_EN =
  "pays|pay|paid|settles|settle|releases|release|remits|remit|transfers|transfer|" +
  "sends the money|sends us the money|sends the payment|sends payment|sends the funds|" +
  "send the money|send the payment|send us the money|wires|wire the money|clears our invoice|pays up|" +
  "arranges the payment|arrange the payment|arranges payment|arrange payment|pays us|pay us|" +
  "clears the payment|clear the payment|transfers to us|transfer to us";

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
  "de la alcaldía|del ministerio|de la entidad|del usuario final|la secretaría|de la secretaría|" +
  "el supermercado|la cadena de supermercados|del supermercado|la tienda|nuestro principal cliente|" +
  "nuestro mayor cliente|el cliente principal|el hotel|del hotel|la obra|de la obra|la universidad|" +
  "la empresa estatal|la paraestatal|el comerciante|del comerciante|el señor que compró";
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
  "paga tarde|pagan tarde|paga con retraso|pagan con retraso|no ha liberado los fondos|" +
  "no libera|no liberan|no liberó|no han liberado|no nos ha liberado|no me ha pagado|no me pagó|" +
  "no me ha depositado|no me ha transferido|no me ha girado|" +
  cross(
    "todavía|aún|todavia|aun",
    "no me ha pagado|no nos ha pagado|no ha pagado|no han pagado|no nos han pagado|" +
      "no me paga|no nos paga|no paga|no pagan|no me ha depositado|no ha depositado|no ha transferido|no ha liberado"
  );
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
  "de l'administration|du client final|de nos clients|de l'acheteur|de l'importateur|" +
  "la grande surface|les grandes surfaces|la grande distribution|le supermarché|l'hypermarché|" +
  "de la grande surface|du supermarché|notre plus gros client|notre gros client|notre plus grand client|" +
  "le commerçant|un commerçant|du commerçant|le chantier|du chantier|l'hôtel|de l'hôtel|" +
  "la société nationale|l'entreprise publique|l'office";
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
  "unsere fachhändler|der hauptauftragnehmer|die öffentliche hand|das spital|das krankenhaus|" +
  "die supermarktkette|die kette|der supermarkt|unser größter kunde|unser hauptkunde|" +
  "unser wichtigster kunde|der endabnehmer|die stadt|das hotel|die schule";
const WHOSE_DE =
  "unseres kunden|unserem kunden|des kunden|vom kunden|dem kunden|" +
  "unseres endkunden|unserem endkunden|des endkunden|vom endkunden|dem endkunden|unseres auftraggebers|" +
  "des auftraggebers|vom auftraggeber|des bauherrn|vom bauherrn|unserer abnehmer|" +
  "unseres abnehmers|des abnehmers|vom abnehmer|des generalunternehmers|vom generalunternehmer|" +
  "unserer kunden|der kunden|unserer endkunden|von unserem kunden|von unseren kunden|" +
  "von unserem endkunden|von unserem auftraggeber|von unserem abnehmer|von den kunden|von dem kunden|" +
  "von unseren abnehmern|vom bauherrn|vom generalunternehmer";
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
  "hängt mit der zahlung|hängt mit den zahlungen|hängen mit den zahlungen|noch ausstehend|" +
  "ist ausstehend|steht noch aus|nichts gezahlt|nichts überwiesen|nichts bezahlt|lässt auf sich warten|" +
  "lässt sich zeit|vertröstet uns|hält uns hin|zahlt nicht pünktlich|zahlen nicht pünktlich";
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
  "da contratante|do dono da obra|da estatal|do município|do usuário final|o pessoal da obra|" +
  "pessoal da obra|o pessoal do cliente|o pessoal de lá|o cara|a obra|da obra|o supermercado|" +
  "a rede de supermercados|do supermercado|o hotel|o lojista|o comerciante|nosso maior cliente|" +
  "nosso principal cliente|meu maior cliente";
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
  "está atrasada|estão atrasadas|atrasada com|atrasado com|atrasados com|atrasou os pagamentos|" +
  "não me pagou|ainda não me pagou|não me pagaram|ainda não me pagaram|não nos pagaram|" +
  "ainda não nos pagaram|não pagaram|ainda não pagaram|não liberaram|ainda não liberaram|" +
  "não me repassou|não me paga|não me pagam|não me depositou|não me acertou";
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
  "больница|бюджетное учреждение|генподрядчик*|конечн* покупател*|конечн* заказчик*|конечн* клиент*|" +
  "наш* заказчик*|наш* клиент*|наш* покупател*|супермаркет*|госкомпани*|госкорпораци*|бюджетник*|" +
  "гостиниц*|отель|школа|университет|завод|комбинат";
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
  "не подписал* накладн*|не подписал* товарн*|не выплати*|не выплачива*|не отдал*|не вернул*|" +
  "не подписыва*|не закрыва* акт*|не согласовал* оплат*|не провел* оплат*|не провёл* оплат*|" +
  "задержива* деньг*|задержал* деньг*|задержива* средств*|задержива* расч*|не отдаёт|не отдает|" +
  "не отдают|не возвращ*|кормит завтраками|кормят завтраками";
// He, she or it has not paid *us* or *me* (the plural "нам не заплатили" is only a hint).
const NOT_PAID_US_RU =
  cross(
    "нам|мне",
    cross(
      "не|ещё не|еще не|пока не|пока ещё не|пока еще не|до сих пор не|так и не",
      "заплатил|заплатила|заплатило|оплатил|оплатила|оплатило|перечислил|перечислила|" +
        "перечислило|отдал|отдала|отдало|рассчитался|рассчиталась|рассчиталось|перевел|перевела|" +
        "перевело|перевёл|вернул|вернула"
    )
  ) + "|нам не платит|нам не платят|нам пока не платит|нам пока не платят";
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
  "المطور العقاري|الزبون النهائي|المستورد|تاجر الجملة|الموزعين|موزعنا|المشترين|عميل|زبون|" +
  "السوبرماركت|سلسلة السوبرماركت|سلسلة المحلات|السلسلة|الشركة اللي|الشركة التي|الشركة الي|" +
  "الفندق|أكبر عميل|اكبر عميل|التاجر|الجماعة";
const NOT_PAID_AR =
  "لم يدفع|لم يدفعوا|لم يسدد|لم يسددوا|لم يقم بالدفع|لم يقوموا بالدفع|لم يقم بالسداد|لم يحول|" +
  "لم يحولوا|لم يرسل الدفعة|لم يصرف|لم تصرف|لم تدفع|لم تسدد|تأخر في الدفع|تأخر في السداد|" +
  "تأخروا في الدفع|تأخروا في السداد|متأخر في الدفع|متأخر في السداد|يتأخر في الدفع|مدين لنا|" +
  "طلب مهلة|طلبوا مهلة|يواجه صعوبات مالية|لديه مشاكل مالية|ما دفع|ما سدد|ما حول|ما دفعوا|" +
  "ما سددوا|ما زال لم يدفع|لم تفرج|لم يفرج|لم يتم الإفراج|لم تحول|لم يعتمد|لم تعتمد|" +
  "مديون لنا|مدينة لنا|مديونة لنا|يماطل|يماطلون|تماطل|يؤخر الدفع|يؤخر السداد|تؤخر الدفع|" +
  "أوقف الدفع|أوقفت الدفع|جمد الدفعات|جمدت الدفعات|ما صرف|ما صرفت|ما دفعت|لسه ما دفع|" +
  "لسا ما دفع|ينتظر صرف|ينتظر موافقة|تنتظر صرف|تنتظر موافقة|ينتظر اعتماد|ينتظر التمويل|" +
  "ينتظر مستحقاته|ينتظر الميزانية|لم يستلم مستحقاته|لم يحصل على مستحقاته|ما سددت|ما حولوا|" +
  "ما حولت|ما عطانا|ما عطونا|ما اعطانا|ما أعطانا|لم يعطنا|لم يعطونا|ما صرفوا|لسا ما|لسه ما|" +
  "ما دفعوا لنا|ما دفع لنا|ما دفعت لنا|تأخر علينا|تأخروا علينا|تأخر معنا|متأخر علينا|تأخر بالدفع|" +
  "تأخر بالسداد|تأخروا بالدفع|رافض يدفع|رفض الدفع|رفض السداد|رفضوا الدفع|يرفض الدفع";
const WAIT_AR = "ننتظر|بانتظار|في انتظار|نحن ننتظر|منتظرين|ما زلنا ننتظر";
const WHEN_AR = "عندما|بمجرد أن|بمجرد|حالما|بعد أن|حتى|فور أن|فور";
const PAYS_AR = "يدفع|يسدد|يحول|يدفعوا|يسددوا|تدفع|تسدد";
// Someone pays *us* (present tense: the past "دفع لنا" has paid).
const PAYS_US_AR =
  "يدفع لنا|يسدد لنا|يدفعون لنا|يسددون لنا|تدفع لنا|تسدد لنا|يدفعوا لنا|يسددوا لنا|" +
  "يحول لنا|يحولون لنا|تحول لنا|يصرف لنا|تصرف لنا";

const NOT_PAID_US_AR =
  "لم يدفع لنا|لم يسدد لنا|لم تدفع لنا|لم تسدد لنا|لم يدفعوا لنا|لم يسددوا لنا|لا يدفعون لنا|" +
  "لم تصرف لنا|لم يصرف لنا|ما دفعوا لنا|ما دفع لنا|ما عطانا|ما عطونا|ما اعطانا|ما أعطانا|لم يعطنا|لم يعطونا";

// Chinese (simplified and traditional)
const WHO_ZH =
  "客户|终端客户|下游客户|我们的客户|我的客户|我方客户|最终客户|终端用户|业主|甲方|总包|" +
  "总承包商|项目方|下家|经销商|分销商|客戶|終端客戶|下游客戶|我們的客戶|最終客戶|終端用戶|" +
  "業主|總包|項目方|經銷商|下游|终端|終端|医院|醫院|开发商|開發商|建设方|建設方|建设单位|" +
  "建設單位|采购方|採購方|代理商|批发商|批發商|买家|買家|客人|连锁超市|連鎖超市|商场|商場|" +
  "超市|商超|卖场|賣場|连锁店|連鎖店|酒店|学校|學校|工地|县医院|縣醫院|拿货的|拿貨的|买货的|買貨的|" +
  "进货的|進貨的|订货的|訂貨的|下单的|下單的|买家那边|買家那邊";
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
  "收不回來|拖数|拖數|走数|走數|赖账|賴賬|三角债|三角債|没给我钱|还没给我钱|没给我们钱|还没给我们钱|" +
  "沒給我錢|還沒給我錢|沒給我們錢|還沒給我們錢|没给我打|还没给我打|没给我转|还没给我转|没还钱|没还款";
// "…才付我们": someone pays *us* only after something.
const PAYS_US_ZH =
  "才能付给我们|才付给我们|才付我们|才会付我们|才会付给我们|才给我们付|才给我们打款|" +
  "才能给我们打款|才会给我们打款|才能给我们付|才跟我们结|才和我们结|才给我们结|才能跟我们结|" +
  "才能和我们结|才能結給我們|才會付給我們|才付給我們|才付我們|才給我們付|才跟我們結|" +
  "才能付給我們|才給我們打款|才肯付我们|才肯付給我們|才俾我哋|先俾我哋";

const NOT_PAID_US_ZH =
  "没结给我们|还没结给我们|未结给我们|没付给我们|还没付给我们|没打给我们|还没打给我们|" +
  "没转给我们|还没转给我们|还没给我们结|没给我们结|还没跟我们结|没跟我们结|还没和我们结|" +
  "没和我们结|沒結給我們|還沒結給我們|沒付給我們|還沒付給我們|還沒給我們結|沒給我們結|" +
  "沒打給我們|還沒打給我們|還沒跟我們結|沒跟我們結";
// A third party ("他们还没付"): a hint only, the reply must also say who they are.
const THEY_ZH = "他们|他們|对方|對方|人家|他还|他還|他没|他沒|他一直|他那边|他那邊";

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
          "not arrange|not arranged|still not arrange|not yet arrange|not sent|not send|not cleared|" +
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
        `${WHO_EN} … promised to pay|promises to pay|promised us|promised me|said he will pay|` +
          "said they will pay|says he will pay|says they will pay|said she will pay|will pay us|will pay me|" +
          "will only pay|will settle us|will release the payment",
        "customer payment|client payment|customer's payment|client's payment|customers' payment|" +
          "payment from the customer|payment from the client|payment from our customer|" +
          "payment from my customer … pending|outstanding|delayed|late|not yet|not arrived|not come|" +
          "not received|has not|hasn't|still",
        // Someone has not paid *us*: the buyer is paid by someone downstream.
        NOT_PAID_US_EN,
        `${THEY_EN} … ${NOT_PAID_US_EN}`,
        `${THEY_EN} … ${THEY_NOT_PAID_EN} … payment to us|payments to us|the funds to us|the money to us|` +
          "our invoice|our invoices|our bill|our bills",
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
          "commissioning and sign-off|after commissioning|final acceptance|certificate of completion|" +
          "completion certificate",
        // A third party who has not paid, and whom the buyer pays after.
        `${THEY_EN} … ${THEY_NOT_PAID_EN}`,
        `${cross("immediately|the moment|once|when|as soon as|after|until|till|if", "he|she|they|those people")} … ` +
          "pays|pay|paid|releases|release|settles|settle|transfers|transfer|sends|send|clears|clear|" +
          "arranges|arrange|remits|remit",
        "has not paid|hasn't paid|has not yet paid|has still not paid|hasn't yet paid|has not settled|" +
          "hasn't settled|has not released|hasn't released|has not transferred|has not cleared|" +
          "has yet to pay|is yet to pay|is late paying|is late in paying|has not made the payment|" +
          "has not sent the money|hasn't sent the money",
        "on their side|on their end|from their side|from their end|client side|customer side|" +
          "client's side|customer's side|the other side|their end|on the client's end|on the customer's end",
        "receive from them|received from them|receive from him|received from him|collect from them|" +
          "collect from him|get paid by them|get the money from them|get our money from|receive our money|" +
          "get our money|receive the money from them|get it from them",
        "nothing has come to us|nothing has come in|nothing has reached us|no money has come|" +
          "money has not come|money has not reached us|money hasn't come|nothing from them|" +
          "not received anything from them|haven't received anything from them|" +
          "nothing from their side|no payment from their side|no payment from them",
        "have not paid us|haven't paid us|have still not paid us|have not yet paid us",
        "i push them|we push them|pushing them|chasing them|we are chasing|i am chasing|" +
          "i will go and push|push them this week|following up with them",
        // Waiting on a third party, or his promises.
        "waiting for them to pay|waiting for him to pay|waiting for her to pay|waiting for them to release|" +
          "waiting on them|waiting for their payment|waiting for his payment|waiting for their funds|" +
          "waiting for their transfer|waiting for them to transfer|waiting for them to settle|" +
          "until they pay|until he pays|till they pay|till he pays",
        `${THEY_EN} … promised to pay|promise to pay|promises to pay|promised us|promised me|assured us|` +
          "assured me|said they will pay|said he will pay|says he will pay|say they will pay|" +
          "keeps promising|keep promising|keeps postponing|keep postponing|keep delaying|keeps delaying",
        // A downstream party, named.
        "our customer in|my customer in|our client in|my client in|our buyer in|my buyer in|" +
          "the end user|our end user|the end customer|our end customer|the project owner|" +
          "the main contractor|the general contractor|a retail chain|the retail chain|a supermarket chain|" +
          "government client|government department|a government agency|state agency|public hospital|" +
          "our government customer|a government hospital|the government hospital",
        "we are distributors|we are a distributor|we are the distributor|we are agents|we are an agent|" +
          "we are traders|we are a trader|we resell|we re-sell|we sell to|we supply to|we are supplying|" +
          "we are a supplier to|we are suppliers to|we work for",
        "invoice … with their accounts|with their finance|in their system|for their approval|" +
          "awaiting their approval|awaiting approval|pending approval",
        "their payment run|their payment cycle|their payment date|their payment schedule|" +
          "their payment terms|their budget|budget release|release of funds|funds release",
        // Whom the goods are for.
        `${GOODS_EN} … ${WENT_TO_EN}`,
        "for my customer|for our customer|for my client|for our client|for a customer|for a client|" +
          "for our end user|for the end user|for our end customer|for the government|for a government|" +
          "for a hospital|for the hospital|for the ministry|through us",
        "our customer is|my customer is|our client is|my client is|our end user is|our end customer is|" +
          "the end user is|our buyer is|my buyer is",
        "we supplied|we delivered|we sold|we supply|we resold … to",
        "ministry of health|ministry of education|ministry of defence|ministry of defense|ministry of works|" +
          "ministry of water|ministry of energy|ministry of agriculture|retail chain|supermarket chain|" +
          "our biggest customer|our main customer|our largest customer",
        "payment process|payment procedure|approval process … not finished|not complete|not completed|" +
          "still going|still ongoing|in progress|takes time|taking time",
        "how government works|how the government works|government is slow|government payments|" +
          "government payment|government is always late|government takes time",
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
        // All customers paying late is the market, not one customer (cash flow).
        `${cross("all|most|many|all of|most of|many of|some of|half of|half", "our customers|my customers|our clients|my clients|the customers|the clients")}|` +
          "all customers|most customers|many customers|everyone|everybody|nobody|the whole market … " +
          `${NOT_PAID_EN}|paying late|pay late|late in paying|not paying|are paying late`,
        // The customer waits for the goods, not the buyer for his money.
        `${WHO_EN} … waiting for|is waiting for|are waiting for|waits for|needs|asks for|wants … ` +
          "the goods|the shipment|the delivery|the container|the cargo|the samples|the order",
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
        `${WHO_ZH} … 说|說|答应|答應|承诺|承諾 … 给钱|給錢|付款|打款|结款|結款|回款|付钱|付錢`,
        // Someone has not settled with *us*.
        NOT_PAID_US_ZH,
        "没给我钱|还没给我钱|没给我们钱|还没给我们钱|沒給我錢|還沒給我錢|沒給我們錢|還沒給我們錢",
        `${THEY_ZH} … ${NOT_PAID_US_ZH}`,

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
        // Someone else (他们、对方…) has not paid; we pay once they do.
        `${THEY_ZH} … ${NOT_PAID_ZH}`,
        "结了就|结了马上|結了就|付了就付|一结就付|结完就付|他们付了就|他們付了就|对方付了|對方付了|" +
          "回款就付|回款了就|钱到了就|錢到了就|款到了就|他们一给|他們一給",
        "答应|承诺|說好|说好|说下周|說下周|说月底|說月底|说过几天|說過幾天 … 付|打款|结|結|给钱|給錢|回款",
        "等他们|等他們|等对方|等對方|等他付|等他打|等他结|等他結|等他给|等他給|等他们给|等他們給",
        "我们是代理|我们是经销商|我们是贸易公司|我们做贸易|我們是代理|我們是經銷商|我們是貿易公司|" +
          "我们只是|我們只是|转卖|轉賣|转售|轉售|二道贩子|中间商|中間商|终端用户|终端客户|最终用户",
        "审批|審批|验收|驗收|对账|對賬|对帐|开票|開票|挂账|掛賬|请款|請款|报账|報賬|结算单|結算單",
        "还没给钱|没给钱|钱还没给|钱没给|還沒給錢|沒給錢|錢還沒給|钱还没到账|款还没到账|錢還沒到賬|" +
          "款還沒到賬",
        "客户那边|客戶那邊|对方那边|對方那邊|下游那边|下游那邊|客户方|客戶方|甲方那边|甲方那邊|" +
          "业主那边|業主那邊|等那边|等那邊|没动静|沒動靜",
        "天天在催|天天催|每天都在催|一直在催|天天去催|在催他们|催他们|催他們|天天在催他们",
        "财政支付|財政支付|走财政|走財政|政府那边|政府那邊|政府那里|政府的速度|政府部门的速度|" +
          "走流程|走審批|走审批",
        // Whom the goods are for.
        "是给 … 的|卖给|賣給|供给|供給|供货给|供貨給|发给了|交给了|帮客户|幫客戶|给客户做的|給客戶做的|" +
          "客户的订单|客戶的訂單|客户订的|客戶訂的|客户要的货|客戶要的貨",
      ],
      against: [
        `${WHO_ZH} … 已付|已经付|已經付|已经打款|已經打款|已打款|付了款了|付款了|款已到|款已经到|款已經到|已回款|已经回款|已經回款|早就把钱给|早就付|把钱给我们了|把錢給我們了|已经付给我们|已经付我们|已付给我们|早就付给我们|早就付我们|已经打给我们|已經付給我們|已付給我們`,
        "已收到客户|已经收到客户|已收到客戶|已經收到客戶",
      ],
    },
    es: {
      strong: [
        `${WHO_ES} … ${NOT_PAID_ES}`,
        // He or she (the verb says so) has not paid *us*.
        "no nos ha pagado|no me ha pagado|no nos pagó|no me pagó|todavía no nos paga|todavía no me paga|" +
          "aún no nos paga|aún no me paga|no nos ha depositado|no me ha depositado|no nos ha transferido|" +
          "no nos ha girado|no nos ha abonado|no nos ha liquidado",
        `${WHO_ES} … ${cross(
          "todavía no nos|aún no nos|todavía no nos ha|aún no nos ha|todavía no nos han|aún no nos han|no nos ha|no nos han",
          "pagado|girado|abonado|transferido|depositado|cancelado|liquidado|cubierto|radicado|pagó|giró|abonó|transfirió|depositó|canceló|liquidó|cubrió|paga|pagan|gira|giran|abona|abonan"
        )}|sigue sin pagar|siguen sin pagar|sigue sin pagarnos|siguen sin pagarnos`,
        `esperando|esperamos|estamos esperando|en espera de|a la espera de|dependemos de … pago|pagos|dinero|fondos|transferencia|depósito|giro|abono … ${WHO_ES}`,
        `esperando que|esperamos que|esperando a que|a la espera de que|en espera de que|seguimos esperando que … ${WHO_ES} … pag*|cancel*|deposit*|transfier*|cubr*|abon*|gir*|liquid*|liber*|suelt*`,
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
        // Someone else (third-person verb) has not paid, or we pay when they do.
        "no ha pagado|no nos ha pagado|no me ha pagado|no pagó|no nos pagó|no me pagó|no han pagado|" +
          "no pagaron|no nos pagaron|no me pagaron|no ha liberado|no han liberado|no liberan|no libera|" +
          "no ha transferido|no han transferido|no ha depositado|no han depositado|no han girado|" +
          "todavía no paga|aún no paga|todavía no pagan|aún no pagan|no ha cancelado|no han cancelado|" +
          "no ha soltado|no han soltado|no suelta|no sueltan|no ha desembolsado|no han desembolsado",
        cross(
          "cuando|en cuanto|apenas|una vez que|hasta que|tan pronto",
          "paguen|él pague|ellos paguen|" +
            "liberen|depositen|transfieran|giren|suelten|cancelen|nos paguen|me pague|me paguen"
        ),
        "del lado del cliente|por parte del cliente|de su lado|de su parte|del otro lado|la otra parte|del lado de ellos|de parte de ellos|por parte de ellos",
        "pago … en trámite|en proceso de aprobación|pendiente de aprobación|pendiente de pago|" +
          "en revisión|en proceso",
        "pagos del gobierno|pago del gobierno|pagos de gobierno|el gobierno paga|el gobierno tarda|" +
          "los pagos del estado|cómo es el gobierno|como es el gobierno",
        // Whom the goods are for.
        "son para|es para|fueron para|eran para|era para|van para|iban para|suministrados a|" +
          "suministradas a|suministramos a|suministrado a|entregados a|entregadas a|entregamos a|" +
          "vendidos a|vendidas a|vendimos a|le vendimos|revendimos|instalados en|destinados a|" +
          "destinadas a … cliente|hospital|clínica|secretaría|ministerio|gobierno|municipio|alcaldía|" +
          "obra|proyecto|hotel|cadena|supermercado|tienda|constructora|minera|escuela|universidad|" +
          "instituto|comerciante|distribuidor|mayorista|petrolera|estado",
        "nos prometió|nos promete|nos prometieron|nos prometen|me prometió|me promete|prometió pagar|" +
          "prometieron pagar|dice que paga|dice que pagará|dicen que pagan|dicen que pagarán|" +
          "quedó en pagar|quedaron en pagar|esperando que nos paguen|esperando su pago|esperamos su pago|" +
          "esperando que ellos|esperando que él",
        "nuestro cliente en|mi cliente en|un cliente en|el usuario final|el cliente final|el dueño del proyecto|" +
          "somos distribuidores|somos intermediarios|somos comercializadores|revendemos|le vendemos a|" +
          "les vendemos a|le suministramos|les suministramos|trabajamos para",
        "aprobación … de la factura|del pago|de su parte|del cliente|pendiente de aprobación|" +
          "en su sistema|su área de pagos|su tesorería|su departamento de pagos|su contabilidad",
        "le estamos cobrando|lo estamos cobrando|les estamos cobrando|estoy cobrándole|" +
          "estamos cobrándole|lo presiono|los presionamos|le insistimos|les insistimos",
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
        `été payés|été payé|été payées|été réglés|été réglé|reçu le paiement|reçu le règlement|reçu les fonds … par|de la part de|de … ${WHO_FR}`,
        // Someone has not paid *us* (a third person's "a"/"ont", and "nous"/"m'" as object).
        "ne nous a pas payé*|ne nous a pas encore payé*|ne nous a toujours pas payé*|" +
          "ne nous a pas réglé*|ne nous a pas encore réglé*|ne nous a toujours pas réglé*|" +
          "ne m'a pas payé|ne m'a pas encore payé|ne m'a toujours pas payé|ne m'a pas réglé|" +
          "ne m'a pas encore réglé|ne m'a toujours pas réglé|ne nous ont pas payé*|" +
          "ne nous ont pas encore payé*|ne nous ont toujours pas payé*|ne nous ont pas réglé*|" +
          "ne nous ont pas encore réglé*|ne nous ont toujours pas réglé*|ne m'ont pas payé|" +
          "ne m'ont pas encore payé|ne m'ont pas réglé|ne m'ont pas encore réglé|ne m'a rien payé|" +
          "ne m'a toujours rien payé|ne m'a rien réglé|ne m'a rien versé",

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
        // Someone else has not paid, or we pay once he does.
        "il|elle|ils|elles|eux … n'a pas payé|n'a pas encore payé|n'a toujours pas payé|n'a pas réglé|" +
          "n'a pas encore réglé|n'a toujours pas réglé|n'ont pas payé|n'ont pas encore payé|" +
          "n'ont toujours pas payé|n'ont pas réglé|n'ont pas encore réglé|n'ont toujours pas réglé|" +
          "ne paie pas|ne paye pas|ne paient pas|ne payent pas|ne règle pas|ne règlent pas|" +
          "n'a pas viré|n'ont pas viré|n'a pas versé|n'ont pas versé|n'a pas débloqué|n'ont pas débloqué",
        cross(
          "dès qu'|dès que|quand|lorsqu'|une fois qu'|après qu'|jusqu'à ce qu'",
          "il|ils|elle|elles",
          ""
        ) +
          " … paie|paye|paient|payent|règle|règlent|aura payé|auront payé|aura réglé|auront réglé|" +
          "me paie|nous paie|me paye|nous paye|nous paient|me règle|nous règle|débloque|débloquent|" +
          "vire|virent|verse|versent",
        // Whom the goods are for.
        "c'est pour|est pour|sont pour|était pour|étaient pour|destiné*|livré*|fourni*|vendu*|" +
          "revendu*|installé* … commerçant|client|hôpital|ministère|mairie|état|chantier|projet|" +
          "société|entreprise|grande surface|supermarché|administration|hôtel|école|université|" +
          "grossiste|revendeur|distributeur|commune|collectivité|office",
        "n'a pas payé|n'a pas encore payé|n'a toujours pas payé|n'a pas réglé|n'a toujours pas réglé|" +
          "n'a pas encore réglé|n'a pas viré|n'a pas versé|n'a pas débloqué|n'a toujours rien payé",
        "côté client|du côté du client|de leur côté|chez le client|de l'autre côté|côté client final|" +
          "côté maître d'ouvrage|côté administration",
        "pour un client|pour mon client|pour notre client|pour un commerçant|pour le compte d'un client",
        "contrôle financier|contrôleur financier|ordonnancement|mandatement|trésor public|" +
          "le dossier … au niveau|bloqué|en cours de traitement|en circuit|chez le comptable",
        "paiements de l'état|paiement de l'état|l'état paie|l'état paye|l'administration paie|" +
          "comment ça marche chez nous|lenteurs administratives|lenteur administrative",
        "nous a promis|m'a promis|nous ont promis|m'ont promis|promet de payer|promettent de payer|" +
          "il dit|ils disent|il nous dit|ils nous disent … fin du mois|semaine prochaine|bientôt|payer|" +
          "attendons qu'il|attendons qu'ils|on attend qu'il|on attend qu'ils|attendons son|attendons leur",
        "notre client à|mon client à|notre client en|un client à|le client final|l'utilisateur final|" +
          "nous sommes distributeurs|nous sommes revendeurs|nous sommes intermédiaires|" +
          "nous revendons|nous fournissons|nous livrons|nous travaillons pour",
        "validation … facture|paiement|leur côté|chez eux|leur comptabilité|leur service comptable|" +
          "leur trésorerie|leur circuit",
        "on le relance|nous le relançons|je le relance|on les relance|nous les relançons|je les relance",

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
        `${WHOSE_DE} … noch kein geld|kein geld|keine zahlung|nichts bekommen|nichts erhalten|noch nichts|` +
          "noch keine zahlung|keinen cent",
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
        // Someone has not paid *us* ("hat uns … nicht bezahlt", "dass X uns … nicht bezahlt hat").
        "hat uns|hat mir|haben sie uns … nicht bezahlt|noch nicht bezahlt|nichts bezahlt|nicht gezahlt|" +
          "nichts gezahlt|nicht überwiesen|nichts überwiesen|noch nichts überwiesen|nicht beglichen|" +
          "noch nicht beglichen|kein geld überwiesen|noch kein geld",
        "uns|mir … nicht bezahlt hat|noch nicht bezahlt hat|nicht gezahlt hat|nichts gezahlt hat|" +
          "nicht überwiesen hat|nichts überwiesen hat|nicht beglichen hat|nicht bezahlt haben|" +
          "nicht gezahlt haben|nicht überwiesen haben|noch nicht bezahlt haben",
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
        // Someone else (third person) has not paid, or pays only later.
        "noch nicht bezahlt hat|noch nicht beglichen hat|nicht bezahlt hat|nicht beglichen hat|" +
          "noch nicht überwiesen hat|nicht überwiesen hat|nicht gezahlt hat|noch nicht gezahlt hat|" +
          "bislang nicht bezahlt hat|bisher nicht bezahlt hat",
        "er|sie|die|der|diese|dort … zahlt erst|zahlen erst|zahlt noch nicht|zahlen noch nicht|" +
          "zahlt nicht|zahlen nicht|hat noch nicht bezahlt|haben noch nicht bezahlt|zahlt aber erst|" +
          "zahlen aber erst|überweist erst|überweisen erst",
        "zahlung von dort|zahlung von denen|geld von dort|geld von denen|zahlung von ihnen|" +
          "zahlungseingang von dort|von dort kommt|von denen kommt",
        "hat noch nicht bezahlt|hat nicht bezahlt|hat noch nicht überwiesen|hat noch nicht gezahlt|" +
          "hat die rechnung noch nicht|hat noch immer nicht bezahlt",
        "gegenseite|kundenseite|kundenseitig|seitens des kunden|seitens unseres kunden|von der anderen seite|" +
          "auf deren seite|bei denen",
        "das geld ist noch nicht da|geld ist noch nicht da|geld ist noch nicht eingegangen|" +
          "sobald der betrag bei uns|sobald das geld bei uns|wenn das geld kommt|sobald das geld kommt|" +
          "wenn das geld da ist|sobald das geld da ist|sobald der betrag eingeht|wenn der betrag eingeht|" +
          "sobald die zahlung bei uns|sobald die zahlung eingeht|sobald sie eingetroffen ist",
        // Whom the goods are for.
        "ware|waren|maschinen|geräte|anlage|anlagen|lieferung|produkte|artikel|material|teile|" +
          "ersatzteile|generatoren|aggregate … ist für|sind für|geht an|gehen an|ging an|gingen an|" +
          "wurde an|wurden an|weitergeliefert|weiterverkauft|ausgeliefert an|geliefert an|war für|waren für",
        "für unseren kunden|für einen kunden|für unsere kunden|für unseren endkunden|an unseren kunden|" +
          "an unsere kunden|an den endkunden|an unseren endkunden|an einen kunden|weitergeliefert|" +
          "weiterverkauft|für ein spital|für ein krankenhaus|für eine klinik|für die stadtwerke|" +
          "für die gemeinde|für die stadt|für einen händler",
        "hat uns zugesagt|haben uns zugesagt|hat versprochen|haben versprochen|verspricht|versprechen|" +
          "vertröstet uns|vertrösten uns|will nächste woche zahlen|wollen nächste woche zahlen|" +
          "warten auf deren zahlung|warten auf seine zahlung|warten auf ihre zahlung|warten, bis die zahlen|" +
          "warten bis sie zahlen|warten, bis sie zahlen",
        "unser kunde in|unserem kunden in|einen kunden in|der endkunde|den endkunden|der bauherr|" +
          "wir sind händler|wir sind zwischenhändler|wir sind vertriebspartner|wir verkaufen weiter|" +
          "wir liefern an|wir beliefern|wir arbeiten für",
        "freigabe … rechnung|zahlung|dort|bei denen|bei ihnen|deren buchhaltung|deren zahllauf|zahllauf|" +
          "zahlungslauf|deren freigabe",
        "nach abnahme|nach der abnahme|die abnahme|bis zur abnahme",
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
        // He or she (the verb says so) has not paid *us*.
        "não nos pagou|não me pagou|ainda não nos pagou|ainda não me pagou|não nos repassou|não me repassou|" +
          "não nos depositou|não me depositou|não acertou com a gente|não acertou comigo|não acertou conosco",
        `aguardando|aguardamos|esperando|esperamos|dependemos … pagamento|pagamentos|dinheiro|recursos|repasse|depósito … ${WHO_PT}`,
        `aguardando que|esperando que|aguardamos que … ${WHO_PT} … pag*|depos*|transf*|liber*|repass*|acert*`,
        cross("aguardando o|esperando o|aguardando|dependemos do|dependemos de", WHO_PT),
        `esperando|espero|aguardo|esperamos|aguardamos … ${WHO_PT} … me pagar|nos pagar|pagar|pagarem|depositar|` +
          "depositarem|transferir|liberar|liberarem|repassar|acertar|quitar",
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
        // Someone else (third-person verb) has not paid, or we pay when he does.
        "não pagou|ainda não pagou|não me pagou|não nos pagou|não pagaram|não nos pagaram|" +
          "não me pagaram|não liberou|não liberaram|ainda não liberou|ainda não liberaram|não depositou|" +
          "não depositaram|não repassou|não repassaram|não acertou|não acertaram|não transferiu|" +
          "não transferiram|ainda não pagaram",
        cross(
          "quando|assim que|logo que|depois que|até",
          "ele pagar|eles pagarem|ela pagar|pagarem|" +
            "liberarem|ele liberar|eles liberarem|depositarem|ele depositar|ele me pagar|eles me pagarem|" +
            "ele acertar|eles acertarem|repassarem"
        ),
        "liberar lá|liberarem lá|o pessoal de lá|o pessoal da|lá do cliente|do lado do cliente|" +
          "da parte do cliente|da parte deles|do lado deles",
        "prometeu pagar|prometeram pagar|prometeu|prometeram|disse que paga|disseram que pagam|" +
          "disse que vai pagar|disseram que vão pagar|ficou de pagar|ficaram de pagar|" +
          "esperando ele pagar|esperando eles pagarem|aguardando eles|aguardando ele|esperando eles|" +
          "aguardando o pagamento deles|aguardando o pagamento dele|esperando o pagamento deles",
        "nosso cliente em|meu cliente em|um cliente em|o cliente final|o usuário final|o dono da obra|" +
          "somos distribuidores|somos revendedores|somos intermediários|revendemos|vendemos para|" +
          "fornecemos para|trabalhamos para",
        "aprovação … nota|fatura|pagamento|deles|do cliente|medição|a medição|empenho|" +
          "no sistema deles|financeiro deles|setor financeiro deles",
        "cobrando ele|cobrando eles|cobrando ela|cobrando o cliente|cobro ele|cobrei ele|" +
          "cobrando todo dia|em cima dele|em cima deles",
        // Whom the goods are for.
        "vendi para|vendemos para|vendi pra|vendemos pra|é para|é pra|foi para|foi pra|foram para|" +
          "foram pra|são para|são pra|entregue para|entregues para|entregamos para|fornecemos para|" +
          "fornecidos para|destinado*|instalado* … cliente|hospital|obra|prefeitura|governo|loja|" +
          "supermercado|hotel|construtora|escola|órgão|secretaria|lojista|comerciante|revenda|" +
          "distribuidor|atacadista|mineradora|estatal",
        "que comprou|que comprou de mim|que comprou da gente|que nos comprou|que compraram de mim|" +
          "pro cliente|para o cliente|para um cliente|para nosso cliente|pra um cliente|pra cliente",
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
        // Someone (he, she, it) has not paid *us* or *me*.
        NOT_PAID_US_RU,
        `он|она|они|те|эти|оно … ${NOT_PAID_US_RU}`,
        `деньги|денег|оплата|оплаты|средства|платеж*|платёж* … ${FROM_WHO_RU} … не пришл*|не поступ*|пока нет|` +
          "до сих пор нет|ещё нет|еще нет|задержива*|ещё не|еще не|не было",
        `${FROM_WHO_RU} … деньги|денег|оплата|оплаты|средства|платеж*|платёж* … не пришл*|не поступ*|пока нет|` +
          "до сих пор нет|ещё нет|еще нет|задержива*|ещё не|еще не",
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
        // Someone else (он, они…) has not paid; we pay when he does.
        "он|она|они|те|эти|оно … не заплатил*|не оплатил*|не перечислил*|не отдал*|не рассчитал*|" +
          "не произв* оплат*|не платит|не платят|задерживает|задерживают|тянет с|тянут с|не подписыва*",
        "которое|который|которая|которые … не произв* оплат*|не перечисли*|не отдал*|до сих пор не",
        "отдаст|заплатит|оплатит|рассчитается|расплатится|перечислит|переведет|переведёт|заплатят|" +
          "оплатят|рассчитаются|перечислят … сразу|тогда|оплатим|переведём|переведем|скину|скинем|" +
          "отправим|отправлю|рассчитаемся|заплатим",
        "придут деньги|деньги придут|поступят деньги|деньги поступят|как придут|как поступят|" +
          "после поступления денежных средств|после поступления средств|после поступления денег",
        "обещает|обещают|обещал|обещали|обещала … оплат*|заплат*|рассчита*|перевест*|перечисл*|на неделе|" +
          "в понедельник|до конца месяца|завтра",
        "ждём от них|ждем от них|ждём их оплат*|ждем их оплат*|ждём, когда они|ждем, когда они|" +
          "ждём, пока они|ждем, пока они|ждём, когда он|ждем, когда он|ждём, пока он|ждем, пока он",
        "наш заказчик в|наш клиент в|конечный заказчик|конечный клиент|конечный покупатель|" +
          "мы дистрибьютор*|мы дилер*|мы посредник*|мы перепрода*|мы поставляем|работаем на заказчика|" +
          "работаем под заказчика|под госконтракт*|госконтракт*|госзакуп*|тендер*",
        "согласовани* … оплат*|счет*|счёт*|у них|с их стороны|их бухгалтери*|их казначейств*|казначейств*",
        "со стороны заказчика|со стороны клиента|со стороны покупателя|с их стороны|с той стороны|" +
          "от них|у них",
        "не заплатило|не оплатило|не перечислило|не рассчиталось|не произвело оплат*",
        "давим на них|давим на заказчика|давим на клиента|торопим их|торопим заказчика|напоминаем им|" +
          "дёргаем их|дергаем их|теребим их|требуем с них|требуем от них|обещает на неделе|обещают на неделе|" +
          "обещает заплатить|обещают заплатить|обещает оплатить|обещают оплатить",
        // Whom the goods are for.
        "поставлен* … в адрес|поставили … в адрес|отгрузили … в адрес|отгружен* … в адрес",
        "для конечного|для заказчик*|для клиент*|для объект*|для больниц*|для министерств*|" +
          "перепродали|перепродаём|перепродаем|продали заказчик*|продали клиент*|поставили заказчик*|" +
          "поставили клиент*|поставлен* заказчик*|поставлен* клиент*",
        "кс-2|кс-3|акт выполненных работ|акты выполненных работ|акт приемки|акт приёмки",
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
        `${WAIT_AR} … الدفع من|الدفعة من|السداد من|المبلغ من|الأموال من|التحويل من|دفعة|سداد|دفع|أموال|الفلوس|فلوس|المصاري|مصاري|المبلغ|مستحقاتنا|حقنا … ${WHO_AR}`,
        `${WHEN_AR} … ${PAYS_AR} … ${WHO_AR}`,
        `${WHEN_AR} … ${WHO_AR} … ${PAYS_AR}`,
        `${cross(WAIT_AR, WHO_AR)}`,
        `${WAIT_AR} … أن يسدد|أن يدفع|أن يحول|أن تسدد|أن تدفع|أن يسددوا|أن يدفعوا|أن يحولوا … ${WHO_AR}`,
        `لم نستلم|لم يصلنا|لم نتلق … الدفعة من|المبلغ من|الدفع من|السداد من|المستحقات من … ${WHO_AR}`,
        // Someone downstream pays *us*, only after something.
        `${PAYS_US_AR} … بعد|إلا بعد|الا بعد|قبل|عند|حين|متى|خلال`,
        "أن يدفع لنا|أن يسدد لنا|أن يدفعوا لنا|أن يسددوا لنا|أن تدفع لنا|أن تسدد لنا|" +
          "ان يدفع لنا|ان يسدد لنا|لن يدفع لنا|لن يسدد لنا|لا يدفع لنا|لا يسدد لنا|" +
          NOT_PAID_US_AR,
        `هو|هم|هي|هذول|هدول|هذولا|الناس … ${NOT_PAID_US_AR}`,
        "لا نستلم مستحقاتنا|لا نحصل على مستحقاتنا|لم نستلم مستحقاتنا|لم نحصل على مستحقاتنا|" +
          "لن نستلم مستحقاتنا|مستحقاتنا لدى|مستحقاتنا عند|مستحقاتنا من|لا نقبض إلا|لا نقبض الا|" +
          "لا نستلم المبلغ إلا|لا نستلم المبلغ الا",
        "لم يصرف|لم تصرف|لم يتم صرف|ننتظر صرف|بانتظار صرف|تأخر صرف|تأخير صرف … المستخلص|مستخلص|المستخلصات|مستخلصات",
        "نحن أيضا ننتظر|نحن أيضاً ننتظر|ونحن أيضا ننتظر|نحن كذلك ننتظر",
        // The company that took the goods from us has not paid.
        `اللي أخذت|التي أخذت|اللي أخذ|الذي أخذ|الذين أخذوا|اللي اخذت|اللي اخذ|اللي اشترت|التي اشترت|` +
          `اللي اشترى|الذي اشترى|اللي استلمت|التي استلمت|اللي استلم|الذي استلم … ${NOT_PAID_AR}`,
      ],
      weak: [
        "نحن بدورنا|ونحن بدورنا",
        // Someone else (هو، هم، verb forms) has not paid; we pay when they do.
        "هو|هم|هي|هذول|هدول|هذولا|الجماعة|الناس … لم يدفع|لم يدفعوا|لم يسدد|لم يسددوا|ما دفع|ما دفعوا|" +
          "ما سدد|ما سددوا|لم يحول|لم يحولوا|ما حول|ما حولوا|لسه ما|لسا ما|ما عطونا|ما عطانا",
        cross(
          "لما|لمن|بس|أول ما|اول ما|متى ما|إذا|اذا|لو|حين|وقت ما",
          "يدفع|يسدد|يحول|يدفعوا|يسددوا|" + "يحولوا|يدفعون|يسددون|يحولون|يصرفوا|يصرف"
        ) +
          " … ندفع|نحول|نسدد|منحول|بنحول|بندفع|" +
          "منحول|ندفعلك|نحولك|نسددلك|نحولك",
        "المعاملة|المعاملات|الملف|الأوراق … عند|لدى|في … المدقق|المالية|الحسابات|الديوان|الخزينة|" +
          "الرقابة|التدقيق",
        "عارف الحكومة|تعرف الحكومة|عارفين الحكومة|الحكومة بطيئة|روتين الحكومة|الروتين الحكومي|" +
          "الإجراءات الحكومية|الاجراءات الحكومية|دفعات الحكومة",
        // Whom the goods are for.
        "راحت لل|راحت ل|ذهبت إلى|ذهبت لل|سلمناها|سلمنا البضاعة|وردناها|بعناها|بعنا البضاعة|" +
          "البضاعة هي ل|البضاعة لصالح|للبلدية|للوزارة|لوزارة|للمستشفى|لمستشفى|للجيش|للفندق|" +
          "للمشروع|لزبون|لعميل|لعميلنا|لزبوننا|اللي أخذت منا|التي أخذت منا|اللي أخذ منا",
        "وعدنا|وعدونا|وعدني|وعدوني|يعدنا|يعدوننا|وعد بالدفع|وعدوا بالدفع|وعد يدفع|وعدوا يدفعوا|" +
          "قال يدفع|قالوا يدفعوا|قالوا بيدفعوا|قال بيدفع|ننتظرهم|بانتظارهم|ننتظر منهم|ننتظره|" +
          "ننتظر دفعتهم|ننتظر سدادهم|ننتظر تحويلهم",
        "عميلنا في|زبوننا في|عميل في|العميل النهائي|المستخدم النهائي|صاحب المشروع|نحن موزع|نحن موزعون|" +
          "نحن وسطاء|نحن وسيط|نحن تجار|نبيع ل|نورد ل|نورّد ل|نعمل لصالح|مناقصة حكومية|مناقصة",
        "الاعتماد|اعتماد الفاتورة|موافقة … الدفع|الصرف|الفاتورة|عندهم|لديهم|من طرفهم|من جهتهم",
        "لم يدفع|لم يسدد|لم يحول|لم يدفعوا|لم يسددوا|لم يحولوا|ما دفعوا|ما سددوا|ما حولوا|لسه ما دفع|" +
          "لسا ما دفع|لسه ما حول|لسا ما حول",
        "من طرف العميل|من جهة العميل|من طرفهم|من جهتهم|من عندهم|الطرف الثاني|الطرف الآخر|الطرف الاخر",
        "عندهم مهلة|لديهم مهلة|مهلتهم|مدة السداد عندهم",

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
