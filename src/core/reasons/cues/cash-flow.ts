import type { ReasonCues } from "./types";

// Funds are tight: waiting for a loan, a credit line, or the buyer's own
// receivables in general (PRODUCT.md §4). One named customer who has not paid
// is middleman.ts; collections, receivables and "business is slow" are here.

export const CASH_FLOW: ReasonCues = {
  reason: "cash_flow",
  cues: {
    en: {
      strong: [
        "cash flow|cashflow|cash-flow",
        "tight on cash|short of cash|short on cash|cash is tight|cash is very tight|money is tight|" +
          "funds are tight|funds are limited|tight funds|tight budget|liquidity|illiquid|" +
          "low on funds|short of funds|short on funds|insufficient funds|lack of funds|" +
          "lack of money|shortage of funds|cash shortage|cash crunch|cash problem*|money problem*|" +
          "financial difficult*|financial problem*|financial constraint*|financial pressure|" +
          "financial trouble|financially difficult|funding issue*|funding problem*|" +
          "cash-strapped|cash strapped|strapped for cash|short of money|short on money|" +
          "money is short|cash is short|cash is low|low on cash|running low on cash|" +
          "running low on funds|running short of cash|running short of funds|out of cash|" +
          "run out of cash|ran out of cash|run out of money|ran out of money|out of money|" +
          "financially stretched|stretched financially|finances are stretched|finances are tight|" +
          "tight on money|tight on funds|tight on cash|cash position is tight|cash position is weak|" +
          "financial strain|financial squeeze|cash squeeze|liquidity squeeze",
        "not enough funds|not enough money|don't have enough funds|do not have enough funds|" +
          "don't have the funds|do not have the funds|don't have the money|do not have the money|" +
          "no funds available|no money available|funds are not available|funds are not ready|" +
          "funds are not yet available|funds not ready|" +
          "don't have the cash|do not have the cash|don't have enough cash|do not have enough cash|" +
          "not enough cash|insufficient cash|no spare cash|no free cash|no spare funds|no free funds|" +
          "don't have free funds|do not have free funds|don't have spare cash|do not have spare cash|" +
          "don't have any spare cash|nothing left in the account|no cash left|no money to pay",
        "loan|bank loan|loans|credit line|line of credit|credit facility|overdraft|financing|" +
          "bank financing|trade finance|working capital loan|working capital facility|" +
          "working capital line|credit facilities|bank facility|bank facilities|loan disbursement|" +
          "overdraft limit|overdraft facility",
        "working capital|cash reserves|finances … stretched|strained|squeezed|under pressure|" +
          "very tight|tight|limited|depleted|drained|exhausted|tied up|stuck",
        "money|cash|funds|capital … tied up|locked up|stuck|frozen … in stock|in inventory|" +
          "in the stock|in the inventory|in unsold|in goods|in the goods|in our stock",
        "tied up in stock|tied up in inventory|stuck in stock|stuck in inventory|" +
          "locked up in stock|locked up in inventory|tied up in unsold",
        "living on reserves|living off reserves|living on our reserves|living off our reserves|" +
          "running on reserves|dipping into reserves|dipping into our reserves|eating into our reserves|" +
          "drawing on our reserves|drawing on reserves|burning through our reserves",
        "budget … exhausted|used up|fully used|fully committed|fully spent|been spent|is spent|" +
          "run out|ran out|depleted|overspent|maxed out",
        "no budget left|out of budget|budget has run out|over our budget for this quarter|" +
          "budget is gone|no more budget",
        "account|accounts|bank account|coffers … empty|nearly empty|almost empty|drained|" +
          "run dry|in the red|overdrawn",
        "hole in our accounts|hole in our finances|hole in our cash|hole in our budget|" +
          "we are in the red|we're in the red",
        "waiting for the funds|waiting for funds",
        "waiting for|waiting on|awaiting … bank approval|approval from the bank|the bank to approve|" +
          "the bank to release|loan|financing|funding|credit line|credit approval|overdraft",
        "bank … approv*|disburse*|release the funds",
        "receivables|collections are slow|slow collections|slow collection|collecting money|" +
          "collect money from|collecting payments|collecting from our customers|" +
          "our customers are paying late|customers pay late|customers are slow to pay|" +
          "customers are paying slowly|customers are paying late|slow-paying customers|" +
          "late-paying customers|collections have slowed|collections are down|" +
          "collections are behind|debtors|accounts receivable|" +
          "money owed to us|outstanding invoices from our customers",
        "difficult|hard|tough|tight|challenging|bad … financially",
        "things are tight|things are a bit tight|things are difficult|things are hard|" +
          "account is empty|accounts are empty|empty account|no money in our account|no money left|" +
          "no money in the account",
        "collect the money|collect money|raise the money|gather the money|find the money|" +
          "arrange the money|arranging the money|put together the money|" +
          "arrange the funds|arranging the funds|arrange funds|arranging funds|raise the funds|" +
          "raising funds|gather the funds|gathering the funds|collect the funds|put the money together",
      ],
      weak: [
        "a bit tight|very tight|quite tight|a little tight|stretched|" +
          "we're short|we are short|we're a bit short|we are a bit short|" +
          "we're a little short|we are a little short|we're running short|we are running short|" +
          "short this month|business is slow|sales are slow|sales are down|slow season|low season|" +
          "off season|off-season|quiet season|dry season|sales drop*|sales dropped|sales fell|" +
          "sales have fallen|sales have dropped|sales are low|sales are weak|weak sales|" +
          "poor sales|drop in sales|fall in sales|turnover dropped|turnover is down|market is bad|" +
          "market is very bad|market is slow|market is down|market is difficult|economy is bad|" +
          "economic situation|economic crisis|difficult times|hard times|crisis|recession",
        "pay in installments|pay in instalments|installment*|instalment*|partial payment|" +
          "pay partially|pay part of|pay a part|pay half|split the payment|pay in two parts|" +
          "pay in parts|pay in several|half now|part now|rest later|the rest in|the balance in|" +
          "balance when|remainder when|the remainder as soon as|in two tranches|in tranches",
        "taxes|tax payment*|tax bill|tax assessment|vat payment|vat bill|salaries|payroll|" +
          "budget|over budget|difficult month|difficult period|expenses|bonuses|" +
          "vat refund|tax refund|tax rebate|reserves|disbursement|finance won't release|" +
          "finance will not release",
        "financial situation|financial position",
      ],
      against: [
        "cash flow is fine|cash flow is good|cash flow is ok|cash flow is okay|" +
          "loan has been approved|loan was approved|loan is approved|got the loan|received the loan|" +
          "loan came through|loan has come through|funds are ready|funds are available now|" +
          "funds have arrived|funds are in|funds have been released|credit line has been approved|" +
          "money is sitting in our account|funds are sitting in our account",
      ],
      masks: [
        "interest rate|rates of interest|letter of credit|credit note|credit card|" +
          "credit terms|on credit|collection date|cash on delivery|cash against documents",
        "short-staffed|short staffed|short of staff|short on staff|short-handed|short handed|" +
          "short on time|short of time|short notice|short shipment|short-shipped|short shipped",
      ],
    },
    zh: {
      strong: [
        "资金紧张|资金比较紧张|资金有点紧|资金很紧|资金吃紧|资金周转|周转困难|周转不开|周转不过来|" +
          "周转不灵|资金困难|资金压力|资金链|资金问题|资金短缺|资金不足|资金不到位|资金还没到位|" +
          "资金还没有到位|资金没到位|手头紧|手头有点紧|缺钱|没钱|钱不够|现金流|流动资金|" +
          "资金紧|周转|账上没钱|帐上没钱|账上没有钱|账户没钱|帳上沒錢|資金緊張|資金周轉|資金週轉|週轉|周轉|資金困難|資金壓力|資金鏈|資金短缺|" +
          "資金不足|資金不到位|手頭緊|缺錢|沒錢|錢不夠|現金流|流動資金|" +
          "资金不宽裕|资金不太宽裕|手头不宽裕|手头不太宽裕|账上不宽裕|钱紧|银根紧|现金紧张|现金不足|" +
          "现金短缺|没有现金|资金不够|资金有限|资金匮乏|财务紧张|财务困难|财务压力|经营困难|" +
          "入不敷出|拿不出钱|付不出|付不起|囊中羞涩|捉襟见肘|账上没什么钱|账上钱不多|账户余额不足|" +
          "余额不足|資金不寬裕|手頭不寬裕|錢緊|銀根緊|現金緊張|現金不足|資金不夠|財務緊張|財務困難|" +
          "經營困難|拿不出錢|付不出|帳戶餘額不足|餘額不足",
        "钱|资金|现金|錢|資金|現金 … 压在|压着|积压|占用|被占|套在|套住|壓在|壓著|積壓|佔用|被佔",
        "资金占用|占用资金|资金积压|资金被占用|资金被压|压了很多钱|压了不少钱|库存积压|压货|" +
          "資金佔用|佔用資金|資金積壓|庫存積壓|壓貨",
        "预算|采购额度|付款额度|经费|額度|預算|採購額度|經費 … 用完|用光|花完|用尽|不够|超了|超支|" +
          "紧张|没了|已满|耗尽|用盡|不夠|緊張|沒了",
        "没有预算|预算不足|经费不足|经费紧张|超预算|沒有預算|預算不足|經費不足|經費緊張",
        "退税|退稅 … 还没|没到|未到|没退|没下来|拖了|迟迟|還沒|沒到|沒退|沒下來|遲遲",
        "筹钱|凑钱|筹款|筹措资金|筹集资金|筹资金|凑齐|籌錢|湊錢|籌款|籌措資金|籌集資金|湊齊",
        "贷款|银行贷款|等贷款|贷款审批|贷款还没批|贷款还没下来|授信|信用额度|银行额度|融资|" +
          "等银行|银行审批|貸款|銀行貸款|等貸款|貸款審批|授信額度|信用額度|銀行額度|融資|等銀行|" +
          "银行放款|银行还没放款|贷款放款|续贷|抽贷|压贷|银行收紧|过桥资金|银行授信|" +
          "銀行放款|續貸|抽貸|壓貸|銀行收緊|過橋資金|銀行授信",
        "回款慢|回款困难|回款不好|回款不及时|收款慢|收款困难|应收账款|应收款|账款收不回|" +
          "回款慢|回款困難|收款困難|應收帳款|應收賬款",
        "回款|收款|回籠|回笼 … 慢|困难|不好|不理想|不及时|困難|不及時",
      ],
      weak: [
        "经济不好|市场不好|生意不好|行情不好|淡季|不景气|经济形势|疫情|經濟不好|市場不好|" +
          "生意不好|行情不好|淡季|不景氣|销量下滑|销量下降|销售下滑|销售不好|卖不动|卖不出去|" +
          "营业额下降|营收下降|生意差|銷量下滑|銷售不好|賣不動|賣不出去|" +
          "这个月有点紧|这个月比较紧|有点紧|比较紧|這個月有點緊|比較緊",
        "分期付款|分批付款|分期|分批付|先付一部分|先付部分|付一部分|部分付款|分兩次|分两次|" +
          "分期付款|分批付款|先付一部份|部份付款",
        "交税|发工资|繳稅|發工資|缴税|发奖金|年终奖|房租|社保|發獎金|年終獎",
      ],
      against: [
        "资金已到位|资金到位了|资金已经到位|贷款已批|贷款批下来了|贷款已经批|贷款已经下来|" +
          "贷款到了|钱到了|资金已经准备好|资金已準備好|資金已到位|貸款已批|貸款批下來了|錢到了",
      ],
      masks: ["信用证|信用證|利率"],
    },
    es: {
      strong: [
        "flujo de caja|flujo de efectivo|falta de liquidez|problemas de liquidez|poca liquidez|" +
          "liquidez|iliquidez|cortos de dinero|cortos de efectivo|cortos de caja|sin fondos|" +
          "no tenemos fondos|no contamos con fondos|no tenemos el dinero|no tenemos dinero|" +
          "no contamos con el dinero|fondos insuficientes|falta de fondos|falta de dinero|" +
          "dificultades financieras|problemas financieros|problemas económicos|" +
          "apretados de dinero|estamos apretados|andamos cortos|no tenemos saldo|la cuenta está vacía|" +
          "sin liquidez|no tenemos liquidez|escasez de fondos|escasez de liquidez|sin plata|" +
          "no tenemos plata|no hay plata|no hay dinero|no hay fondos|corto de dinero|corta de dinero|" +
          "nos quedamos sin caja|nos quedamos sin dinero|nos quedamos sin plata|sin caja|" +
          "tensiones de tesorería|tensión de tesorería|problemas de tesorería|problema de tesorería|" +
          "falta de tesorería|dificultades de tesorería|dificultades económicas|aprieto económico|" +
          "apuro económico|apuros económicos|estamos en apuros|ahogados financieramente|" +
          "capital de trabajo|capital de giro|fondo de maniobra",
        "complicados|complicadas|justos|justas|cortos|cortas|apretados|apretadas|mal|ajustados … " +
          "de caja|de plata|de dinero|de liquidez|de tesorería|de efectivo|de fondos",
        "tesorería|caja|liquidez|el flujo … ajustada|ajustado|justa|justo|apretada|apretado|tensa|" +
          "tensionada|complicada|complicado|muy limitada|limitada|en rojo|en números rojos",
        "disponibilidad de fondos|disponibilidad de caja|disponibilidad de liquidez|" +
          "fondos disponibles|recursos disponibles … limitada|muy limitada|escasa|reducida|" +
          "limitados|escasos|reducidos",
        "la plata|el dinero|la caja|los ingresos … no alcanza|no nos alcanza|no da para",
        "dinero|plata|fondos|capital … atrapado|inmovilizado|parado|congelado|metido … en stock|" +
          "en inventario|en mercadería|en mercancía|en el stock|en el inventario",
        "presupuesto|partida … agotado|agotada|se agotó|se acabó|consumido|consumida|" +
          "no da para más|excedido",
        "vivimos de las reservas|vivimos de reservas|tirando de reservas|tirando de las reservas|" +
          "echando mano de las reservas",
        "números rojos|en rojo",
        "préstamo|préstamo bancario|crédito bancario|línea de crédito|financiamiento|" +
          "financiación|sobregiro|póliza de crédito|póliza de crédito bancaria|descubierto|" +
          "crédito puente|préstamos|créditos bancarios|líneas de crédito|renovación del crédito|" +
          "renovación de la línea",
        "esperando los fondos|esperando fondos",
        "esperando|esperamos|a la espera … aprobación del banco|que el banco apruebe|crédito|préstamo|" +
          "financiamiento|financiación",
        "el banco … aprob*|desembols*",
        "cobranza*|cuentas por cobrar|nuestros clientes nos pagan tarde|los clientes pagan tarde|" +
          "nos están pagando tarde|recuperar cartera|cartera vencida|" +
          "nuestros clientes están pagando tarde|nuestros clientes pagan con retraso|" +
          "los clientes están pagando tarde|morosidad|clientes morosos",
        "reunir el dinero|juntar el dinero|conseguir el dinero|reunir los fondos|juntar los fondos",
      ],
      weak: [
        "las ventas están bajas|ventas bajas|ventas muy bajas|temporada baja|" +
          "el mercado está mal|el mercado está muy mal|la economía está mal|mercado lento|" +
          "situación difícil|está difícil|está complicado|crisis|recesión|" +
          "las ventas cayeron|las ventas bajaron|ventas se nos cayeron|se nos cayeron las ventas|" +
          "caída de ventas|caída de las ventas|bajaron las ventas|cayeron las ventas|" +
          "vendemos poco|no estamos vendiendo|facturación baja|" +
          "temporada floja|fuera de temporada|mes complicado|mes difícil|mes flojo",
        "facturación|ventas … cae|cayó|cayeron|bajó|bajaron|se desplomó|se desplomaron|a la mitad",
        "pagar en partes|pagar en cuotas|pago en cuotas|pago parcial|pagos parciales|" +
          "abonar una parte|pagar una parte|pagar la mitad|dividir el pago|en dos partes|" +
          "cuotas|la mitad ahora|la mitad ya|el resto en|el resto cuando|un abono|abonos",
        "impuestos|nómina|sueldos|situación financiera|situación económica|iva|aguinaldo|" +
          "paga extra|pagas extra|alquiler|la renta|reservas",
      ],
      against: [
        "ya tenemos los fondos|los fondos ya están|ya aprobaron el crédito|aprobaron el préstamo|" +
          "el préstamo fue aprobado|ya tenemos el dinero|ya llegó el crédito",
      ],
      masks: [
        "carta de crédito|tasa de interés|nota de crédito|tarjeta de crédito",
        "ni que estemos|ni que estamos|ni que andemos|no es que estemos|no es que andemos … " +
          "mal de caja|cortos de caja|justos de caja|apretados de caja|complicados de caja|" +
          "cortos de dinero|sin caja|sin liquidez|sin fondos|sin plata",
      ],
    },
    fr: {
      strong: [
        "trésorerie|tension de trésorerie|difficultés de trésorerie|problème de trésorerie|" +
          "manque de liquidités|liquidités|problème de liquidité|fonds insuffisants|manque de fonds|" +
          "pas les fonds|pas assez de fonds|pas assez d'argent|pas d'argent|manque d'argent|" +
          "difficultés financières|difficulté financière|problèmes financiers|" +
          "fonds ne sont pas disponibles|fonds pas encore disponibles|compte est vide|" +
          "manquons de liquidités|manquons de trésorerie|manquons de fonds|manquons d'argent|" +
          "manque de trésorerie|manque de cash|à court d'argent|à court de liquidités|" +
          "à court de trésorerie|à court de fonds|caisses vides|" +
          "caisses sont vides|la caisse est vide|dans le rouge|à découvert|" +
          "fauchés|pas un sou|difficultés économiques|soucis financiers|gêne financière|" +
          "situation financière tendue|situation financière difficile|" +
          "période de soudure",
        "fonds de roulement|trésorerie|besoin en fonds de roulement|caisse … tendu|tendue|très tendu|" +
          "très tendue|serré|serrée|limité|limitée|insuffisant|insuffisante|sous pression|à sec|" +
          "épuisé|épuisée|à zéro|dans le rouge",
        "argent|fonds|capital|trésorerie … immobilisé|immobilisés|immobilisée|bloqué|bloqués|" +
          "bloquée|coincé|coincés|gelé|gelés … stock|stocks|marchandise|marchandises|inventaire",
        "budget|enveloppe|enveloppe budgétaire|crédits … épuisé|épuisée|épuisés|consommé|consommée|" +
          "dépassé|dépassée|à sec|bouclé",
        "nos réserves|sur nos réserves|sur les réserves|sur réserves|puiser dans nos réserves|" +
          "puisons dans nos réserves|vivons sur nos réserves|fonctionnons sur nos réserves",
        "crédit bancaire|prêt bancaire|un prêt|le prêt|notre prêt|du prêt|emprunt|" +
          "ligne de crédit|découvert|financement|facilité de caisse|facilités de caisse|" +
          "autorisation de découvert|crédit de trésorerie|crédit de campagne|lignes de crédit",
        "déblocage des fonds|attendons les fonds",
        "attendons|nous attendons|on attend|en attente … accord de la banque|déblocage|" +
          "financement|crédit|prêt|décaissement",
        "la banque … accord*|débloqu*",
        "recouvrement*|créances|encaissements|nos clients paient en retard|" +
          "nos clients nous paient en retard|retards de paiement de nos clients|" +
          "nos clients paient mal|nos clients tardent à payer|nos clients règlent en retard|" +
          "encaissements tardent|rentrées d'argent|rentrées de fonds",
        "réunir les fonds|rassembler les fonds|trouver les fonds|mobiliser les fonds",
      ],
      weak: [
        "marché difficile|marché est difficile|période difficile|conjoncture|crise|" +
          "basse saison|mauvaise saison|morte saison|hors saison|ventes faibles|" +
          "ventes sont faibles|ventes sont très faibles|ventes en baisse|baisse des ventes|" +
          "chute des ventes|chiffre d'affaires … baisse|chute|recul|un peu juste|un peu justes|" +
          "assez juste|c'est serré|nous sommes justes|on est un peu juste|serré|tendu|impayés|" +
          "affacturage|difficultés de paiement",
        "activité|ventes … ralenti*|en baisse",
        "payer en plusieurs fois|paiement échelonné|échelonner|échéancier|paiement partiel|" +
          "payer une partie|régler une partie|payer la moitié|en deux fois|la moitié maintenant|" +
          "règle la moitié|régler la moitié|verser la moitié|verse la moitié|en trois fois|" +
          "le reste dans|le solde dans|le reste en|le solde en|le solde à|acompte",
        "impôts|salaires|situation financière|situation difficile|tva|charges sociales|" +
          "treizième mois|loyer|remboursement de tva|indemnisation",
      ],
      against: [
        "fonds sont disponibles|fonds sont prêts|prêt a été accordé|prêt est accordé|" +
          "crédit a été accordé|banque a accordé|fonds ont été débloqués",
      ],
      masks: ["lettre de crédit|crédit documentaire|taux d'intérêt|note de crédit|carte de crédit"],
    },
    de: {
      strong: [
        "liquidität|liquiditätsengpass|liquiditätsprobleme|liquiditätsschwierigkeiten|" +
          "liquiditätsengpässe|finanzieller engpass|finanzielle engpässe|finanziell* schwierigkeit*|" +
          "finanziell* problem*|finanziell* engp*|liquiditätsengp*|" +
          "finanzielle schwierigkeiten|finanzielle probleme|finanziell angespannt|" +
          "angespannte finanzlage|knapp bei kasse|cashflow|cash-flow|" +
          "geldmangel|kein geld|nicht genug geld|fehlende mittel|mittel fehlen|keine mittel|" +
          "nicht genügend mittel|mittel sind knapp|geld ist knapp|konto ist leer|" +
          "zahlungsengpass|zahlungsengpässe|finanzengpass|geldengpass|liquiditätslücke|" +
          "knappe kasse|knappe liquidität|klamme kasse|finanziell klamm|finanziell eng|" +
          "finanziell angeschlagen|kasse ist knapp|kasse ist leer|kassen sind leer|leere kassen|" +
          "im minus|in den roten zahlen|rote zahlen|kein geld mehr|nicht genug liquidität|" +
          "working capital|betriebskapital|umlaufkapital",
        "konto|konten|kasse … leer|leergeräumt|im minus|überzogen|am limit",
        "liquidität|working capital|betriebskapital|finanzlage|kasse|budget … angespannt|" +
          "knapp|eng|sehr eng|am limit|erschöpft|aufgebraucht|ausgeschöpft",
        "geld|kapital|mittel|liquidität … gebunden|steckt|stecken|feststeckt … lager|ware|waren|" +
          "bestand|bestände|vorräte",
        "budget|etat|einkaufsbudget|importbudget … aufgebraucht|ausgeschöpft|erschöpft|" +
          "verbraucht|überschritten|ist weg",
        "von den reserven|von reserven|von unseren reserven|von rücklagen|von unseren rücklagen|" +
          "von der substanz|reserven angreifen|rücklagen angreifen|an die reserven|" +
          "an die rücklagen",
        "kredit|bankkredit|darlehen|kreditlinie|kreditrahmen|dispo|finanzierung|kreditzusage|" +
          "kreditgenehmigung|überbrückungskredit|kredits|kredite|krediten|kreditlinien|" +
          "kreditrahmens|kontokorrent*|betriebsmittelkredit*|überziehungskredit*|dispokredit*|" +
          "bankdarlehen*|darlehens|kreditantrag*|kreditverlängerung*|" +
          "kreditvertrag*|finanzierungszusage|fördermittel*|förderbank|fördergeld*|förderkredit*",
        "warten auf die mittel",
        "warten auf|warten noch auf … freigabe der bank|kredit|finanzierung|darlehen|kreditzusage",
        "bank … genehmig*|freigabe|freigeben",
        "forderungen|außenstände|zahlungseingänge|offene posten|kunden zahlen schleppend|" +
          "zahlungsmoral|schlechte zahlungsmoral|kunden zahlen spät|" +
          "kunden zahlen verspätet|kunden zahlen schlecht|debitoren",
        "unsere kunden|die kunden … zahlen … spät|schleppend|verspätet",
        "mittel|geld … zusammenbekommen|auftreiben|beschaffen",
      ],
      weak: [
        "schlechte geschäftslage|wirtschaftliche lage|schwierige lage|schwierige zeiten|krise|" +
          "rezession|flaute",
        "umsatz|umsätze … eingebrochen|rückläufig|bricht|brechen|gesunken|eingebrochen",
        "umsatzeinbruch|umsatzrückgang|weniger umsatz|nebensaison|saisonflaute|" +
          "saure-gurken-zeit|ruhige zeit|schwacher monat|schwache saison",
        "ratenzahlung|in raten|teilzahlung|teilbetrag|teilweise zahlen|hälfte zahlen|" +
          "die hälfte|den rest in|rest in|restbetrag|zwei raten|drei raten|raten|tranche|tranchen|aufschub",
        "steuern|gehälter|löhne|finanzlage|engpass|angespannte lage|knapp|angespannt|" +
          "lohnsteuer|umsatzsteuer|steuerzahlung*|urlaubsgeld|weihnachtsgeld|prämie|miete|" +
          "reserven|rücklagen",
      ],
      against: [
        "kredit wurde genehmigt|kredit ist genehmigt|darlehen wurde genehmigt|mittel sind da|" +
          "mittel stehen zur verfügung|geld ist da|finanzierung steht",
      ],
      masks: ["akkreditiv|zinssatz|gutschrift|kreditkarte|zahlungsziel"],
    },
    pt: {
      strong: [
        "fluxo de caixa|caixa apertado|caixa está apertado|caixa baixo|falta de caixa|sem caixa|" +
          "liquidez|falta de liquidez|problemas de liquidez|dificuldades financeiras|" +
          "dificuldade financeira|problemas financeiros|estamos sem dinheiro|" +
          "sem dinheiro|não temos dinheiro|não temos o dinheiro|não temos recursos|" +
          "falta de recursos|recursos não estão disponíveis|dinheiro curto|aperto financeiro|" +
          "aperto de caixa|aperto no caixa|conta está zerada|sem saldo|" +
          "sem grana|grana curta|grana apertada|falta grana|falta de dinheiro|falta dinheiro|" +
          "o caixa zerou|caixa zerou|caixa zerado|zeramos o caixa|zerou o caixa|caixa negativo|" +
          "caixa no vermelho|no vermelho|problema de caixa|problemas de caixa|questão de caixa|" +
          "é o caixa|furo no caixa|buraco no caixa|rombo no caixa|caixa baixo|caixa curto|" +
          "pouco caixa|capital de giro curto|capital de giro apertado|aperto|dificuldades de caixa|" +
          "dificuldade de caixa|recursos escassos|recursos limitados",
        "caixa|capital de giro|orçamento|as finanças|nossas finanças … apertado|apertada|curto|" +
          "curta|baixo|zerado|zerou|no limite|comprometido|estourou|estourado|esgotado|" +
          "acabou|negativo|no vermelho",
        "mês … apertado|apertada|puxado",
        "dinheiro|capital|caixa|recursos … parado|parados|preso|presos|travado|travados|" +
          "empatado|empatados … no estoque|em estoque|estoque|na mercadoria|em mercadoria|mercadoria|" +
          "mercadorias|nas mercadorias",
        "estoque parado|mercadoria parada|estoque encalhado|mercadoria encalhada|no estoque parado|" +
          "no estoque encalhado",
        "verba|orçamento … acabou|esgotou|esgotada|esgotado|estourou|estourada|estourado",
        "vivendo das reservas|vivendo de reservas|vivendo da reserva|usando as reservas|" +
          "usando a reserva|queimando reservas|queimando caixa|reservas para pagar",
        "empréstimo|financiamento|linha de crédito|crédito bancário|capital de giro|" +
          "empréstimos|cheque especial|conta garantida|antecipação de recebíveis|limite do banco|" +
          "limite bancário|limite de crédito no banco|renovação do limite",
        "aguardando os recursos",
        "aguardando|aguardamos|esperando … aprovação do banco|crédito|empréstimo|financiamento",
        "o banco … aprov*|liber*",
        "recebíveis|contas a receber|inadimplência|inadimplentes|cobranças|" +
          "nossos clientes estão pagando atrasado|clientes atrasando|" +
          "clientes estão atrasando|clientes pagando atrasado|clientes inadimplentes|" +
          "recebimentos atrasados|recebimentos estão atrasados",
        "juntar o dinheiro|levantar o dinheiro|levantar os recursos|conseguir o dinheiro",
      ],
      weak: [
        "vendas fracas|vendas caíram|mercado fraco|mercado parado|mercado difícil|" +
          "economia está ruim|economia ruim|situação difícil|momento difícil|crise|recessão|" +
          "entressafra|baixa temporada|fora de temporada|mês fraco|mês difícil|mês complicado|vendas baixas|vendas abaixo|" +
          "vendas despencaram|queda nas vendas|queda das vendas|faturamento … cai|caiu|caindo|" +
          "despencou|baixo|fraco",
        "parcelar|parcelado|parcelas|em parcelas|pagamento parcial|pagar uma parte|" +
          "pagar metade|dividir o pagamento|em duas vezes|metade agora|pago metade|" +
          "o resto em|o restante em|o resto quando|o restante quando|em três vezes",
        "impostos|folha de pagamento|salários|situação financeira|13º|décimo terceiro|" +
          "aluguel|reservas|restituição|simples nacional",
        "apertado",
      ],
      against: [
        "crédito foi aprovado|empréstimo foi aprovado|financiamento foi aprovado|" +
          "recursos já estão disponíveis|já temos o dinheiro|dinheiro já está disponível",
      ],
      masks: ["carta de crédito|taxa de juros|nota de crédito|cartão de crédito|aperto de mão"],
    },
    ru: {
      strong: [
        "кассовый разрыв|нет денег|нет средств|недостаточно средств|не хватает средств|" +
          "не хватает денег|нехватка средств|нехватка денег|финансовые трудности|" +
          "финансовые проблемы|сложная финансовая ситуация|" +
          "трудности с деньгами|проблемы с деньгами|проблемы с ликвидностью|ликвидност*|" +
          "денежный поток|оборотные средства|оборотных средств|денежные средства ограничены|" +
          "на счету нет денег|на счёте нет денег|пустой счёт|пустой счет|" +
          "с деньгами туго|туго с деньгами|с финансами туго|туго с финансами|с деньгами сложно|" +
          "сложно с деньгами|с финансами сложно|с деньгами напряж*|напряжёнка с деньгами|" +
          "напряженка с деньгами|денег нет|средств нет|денег не хватает|средств не хватает|" +
          "нечем платить|нечем оплатить|нечем заплатить|нечем рассчитаться|безденежье|" +
          "сидим без денег|остались без денег|касса пуста*|пустая касса|денег мало|" +
          "финансовое положение сложное|финансовые затруднения|финансовых трудностей|" +
          "финансовых проблем|финансовых затруднений|дефицит средств|дефицит денег|" +
          "нехватк* оборотн*|оборотн* средств*|оборотн* деньг*|оборотк*",
        "свободных денег|свободных средств|свободной наличности … нет|не осталось|не хватает",
        "деньги|средства|оборотка|капитал … заморожен*|завис*|застрял*|вложены … в товар*|" +
          "в товарах|на складе|в остатк*|в запас*",
        "бюджет|лимит|лимиты … исчерпан*|израсходован*|закончил*|кончил*|выбран|выбраны|" +
          "превышен*",
        "живём|живем|живут|существуем … на резервах|на запасах|за счёт резервов|" +
          "за счет резервов|на накоплениях|за счёт накоплений|за счет накоплений",
        "кредит|кредита|кредиту|кредитом|кредиты|займ|займа|заём|заем|кредитная линия|" +
          "кредитной линии|овердрафт|финансирование|финансирования|кредитн* лини*|" +
          "кредитов|кредитах|кредитн* лимит*|займов|займы|овердрафта",
        "банк … одобр*",
        "ждём|ждем|ожидаем … кредит*|финансирован*|одобрени*|займ*",
        "дебиторск*|клиенты платят с задержкой|собираем деньги|собираем средства|" +
          "собрать средства|собрать деньги|клиенты платят плохо|клиенты задерживают оплат*|" +
          "неплатежи|неплатежей|собираемость|наскрести|изыскать средства|изыскиваем средства|" +
          "ищем средства|ищем деньги|найти средства|найти деньги",
        "наши клиенты|наши покупатели … задерживают|не платят|платят с задержкой",
        "ждём|ждем|ожидаем … поступлени*|оплат*|деньги … от наших клиентов|от клиентов|от покупателей",
        "нет|не хватает|недостаточно … свободных денег|свободных средств|денег на счету|средств на счету",
      ],
      weak: [
        "сложная ситуация|тяжёлая ситуация|тяжелая ситуация|кризис*|продажи упали|" +
          "низкий сезон|рынок стоит|рынок упал|межсезонье|межсезонья|не сезон|мёртвый сезон|" +
          "мертвый сезон|несезон|сезонн*|спад продаж|падение продаж|продажи просели|" +
          "продажи упали|выручка упала|выручка снизилась|выручка просела|туго|туговато|" +
          "напряжённо|напряженно",
        "продажи|выручка … снизились|упали|просели|сократились|рухнули|снизилась|упала|просела",
        "частями|по частям|частичн* оплат*|рассрочк*|половину сейчас|половину суммы|" +
          "часть сейчас|часть суммы|остаток через|остаток позже|остаток в|остальное через|" +
          "оставшуюся часть|отсрочк*|транш*|факторинг*",
        "налог*|зарплат*|финансовое положение|возврат ндс|возмещение ндс|аренд*|премии|" +
          "резерв*|накоплени*",
      ],
      against: [
        "кредит одобрен|кредит одобрили|банк одобрил|деньги появились|средства поступили|" +
          "средства есть|получили кредит",
      ],
      masks: ["в кредит|аккредитив|процентная ставка|кредит-нота|кредитная карта|кредитной картой"],
    },
    ar: {
      strong: [
        "سيولة|نقص السيولة|أزمة السيولة|شح السيولة|ضائقة مالية|صعوبات مالية|مشاكل مالية|" +
          "مشكلة مالية|ظروف مالية|لا نملك المال|ليس لدينا المال|نقص في الأموال|" +
          "نقص الأموال|التدفق النقدي|الأموال غير متوفرة|المبلغ غير متوفر|لا يوجد مال|الحساب فارغ|" +
          "لا يوجد رصيد|ضائقة|عجز مالي|عجز في السيولة|ضغوط مالية|ضغط مالي|تعثر مالي|أزمة مالية|" +
          "عسر مالي|صعوبة مالية|أوضاع مالية صعبة|ظروف مادية|ظروفنا المادية|الظروف المادية|" +
          "وضعنا المالي صعب|الوضع المالي صعب|" +
          "ما عندنا فلوس|ماعندناش فلوس|معندناش فلوس|مفيش فلوس|ما في فلوس|مافي فلوس|" +
          "ما فيه فلوس|الفلوس مش موجودة|الفلوس ناقصة|مزنوقين|زنقة|لا نملك سيولة|ما عندنا سيولة|" +
          "لا تتوفر السيولة|عدم توفر السيولة|عدم توفر المبلغ|رأس المال العامل|" +
          "رأس مال عامل|الحساب على المكشوف|الرصيد لا يكفي|رصيدنا لا يكفي|الرصيد غير كاف",
        "نفدت|نفذت|انتهت|استنفدت|استنفدنا|تجاوزنا|نفاد|استنفاد … ميزانية|موازنة|مخصصات",
        "ميزانية|موازنة|مخصصات … نفدت|نفذت|استنفدت|انتهت|لا تكفي|غير كافية",
        "أموالنا|الأموال|أموال|فلوسنا|رأس المال|سيولتنا … مجمدة|محجوزة|عالقة|محبوسة|متجمدة … " +
          "بضاعة|البضاعة|المخزون|مخزون|البضائع",
        "مخزون راكد|بضاعة راكدة|البضاعة راكدة|المخزون راكد|بضاعة مكدسة",
        "نعيش على|نعتمد على|نصرف من … الاحتياطي|الاحتياطيات|احتياطي|احتياطيات|المدخرات|مدخرات",
        "قرض|القرض|تمويل|التمويل|موافقة البنك|تسهيلات ائتمانية|تسهيلات بنكية|خط ائتمان|سحب على المكشوف|" +
          "قروض|سلفة|تسهيلات مصرفية|حد ائتماني|الحد الائتماني",
        "ننتظر|بانتظار|في انتظار … موافقة البنك|القرض|التمويل",
        "التحصيل|تحصيل|المستحقات|الذمم المدينة|عملاؤنا يتأخرون|العملاء يتأخرون في الدفع|" +
          "ذمم مدينة|عملاؤنا متأخرون|العملاء متأخرون|تأخر العملاء|تعثر العملاء",
        "تجميع المبلغ|تدبير المبلغ|توفير المبلغ|جمع المبلغ",
      ],
      weak: [
        "السوق ضعيف|السوق راكد|ركود|أزمة|الأوضاع الاقتصادية|الوضع الاقتصادي|الظروف الصعبة|" +
          "المبيعات ضعيفة|المبيعات منخفضة|ضعف المبيعات|تراجع المبيعات|انخفاض المبيعات|" +
          "المبيعات تراجعت|المبيعات انخفضت|المبيعات قليلة|البيع ضعيف|البيع واقف|السوق واقف|" +
          "خارج الموسم|موسم ركود|الموسم ضعيف|موسم ضعيف|ظروفنا صعبة|الظروف صعبة|ظروف صعبة|" +
          "الشهر صعب|الشهر ده صعب|هذا الشهر صعب|صعبة شوية|صعب شوية",
        "على دفعات|تقسيط|بالتقسيط|أقساط|دفعة جزئية|جزء من المبلغ|نصف المبلغ|" +
          "النصف الآن|النص دلوقتي|ندفع النص|ندفع النصف|هندفع النص|والباقي بعد|الباقي بعد|" +
          "والباقي لاحقا|الباقي لاحقا|المتبقي|دفعتين|ثلاث دفعات",
        "الضرائب|الرواتب|الوضع المالي|الوضع المادي|وضعنا المادي|الحالة المادية|ضريبة|ضرائب|رواتب|الإيجار|إيجار|المرتبات|مرتبات|" +
          "استرداد الضريبة|استرداد ضريبة|الاحتياطي",
      ],
      against: [
        "تمت الموافقة على القرض|وافق البنك|توفرت السيولة|المبلغ جاهز|الأموال جاهزة|" +
          "الفلوس موجودة|الفلوس متوفرة|الفلوس جاهزة|المال موجود|المال متوفر|الأموال موجودة|" +
          "الأموال متوفرة|السيولة موجودة|السيولة متوفرة|السيولة متاحة",
      ],
      masks: ["خطاب اعتماد|الاعتماد المستندي|سعر الفائدة|بطاقة ائتمان"],
    },
  },
};
