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
          "financial trouble|financially difficult|funding issue*|funding problem*",
        "not enough funds|not enough money|don't have enough funds|do not have enough funds|" +
          "don't have the funds|do not have the funds|don't have the money|do not have the money|" +
          "no funds available|no money available|funds are not available|funds are not ready|" +
          "funds are not yet available|funds not ready",
        "loan|bank loan|loans|credit line|line of credit|credit facility|overdraft|financing|" +
          "bank financing|trade finance",
        "waiting for the funds|waiting for funds",
        "waiting for|waiting on|awaiting … bank approval|approval from the bank|the bank to approve|" +
          "the bank to release|loan|financing|funding|credit line|credit approval|overdraft",
        "bank … approv*|disburse*|release the funds",
        "receivables|collections are slow|slow collections|slow collection|collecting money|" +
          "collect money from|collecting payments|collecting from our customers|" +
          "our customers are paying late|customers pay late|customers are slow to pay|" +
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
        "a bit tight|very tight|quite tight|business is slow|sales are slow|sales are down|slow season|low season|market is bad|" +
          "market is very bad|market is slow|market is down|market is difficult|economy is bad|" +
          "economic situation|economic crisis|difficult times|hard times|crisis|recession",
        "pay in installments|pay in instalments|installment*|instalment*|partial payment|" +
          "pay partially|pay part of|pay a part|pay half|split the payment|pay in two parts|" +
          "pay in parts|pay in several",
        "taxes|tax payment*|salaries|payroll|budget|difficult month|difficult period|expenses",
        "financial situation|financial position",
      ],
      against: [
        "cash flow is fine|cash flow is good|cash flow is ok|cash flow is okay|" +
          "loan has been approved|loan was approved|loan is approved|got the loan|received the loan|" +
          "loan came through|loan has come through|funds are ready|funds are available now|" +
          "funds have arrived|funds are in|funds have been released|credit line has been approved",
      ],
      masks: [
        "interest rate|rates of interest|letter of credit|credit note|credit card|" +
          "credit terms|on credit|collection date|cash on delivery|cash against documents",
      ],
    },
    zh: {
      strong: [
        "资金紧张|资金比较紧张|资金有点紧|资金很紧|资金吃紧|资金周转|周转困难|周转不开|周转不过来|" +
          "周转不灵|资金困难|资金压力|资金链|资金问题|资金短缺|资金不足|资金不到位|资金还没到位|" +
          "资金还没有到位|资金没到位|手头紧|手头有点紧|缺钱|没钱|钱不够|现金流|流动资金|" +
          "资金紧|周转|账上没钱|帐上没钱|账上没有钱|账户没钱|帳上沒錢|資金緊張|資金周轉|資金週轉|週轉|周轉|資金困難|資金壓力|資金鏈|資金短缺|" +
          "資金不足|資金不到位|手頭緊|缺錢|沒錢|錢不夠|現金流|流動資金",
        "贷款|银行贷款|等贷款|贷款审批|贷款还没批|贷款还没下来|授信|信用额度|银行额度|融资|" +
          "等银行|银行审批|貸款|銀行貸款|等貸款|貸款審批|授信額度|信用額度|銀行額度|融資|等銀行",
        "回款慢|回款困难|回款不好|回款不及时|收款慢|收款困难|应收账款|应收款|账款收不回|" +
          "回款慢|回款困難|收款困難|應收帳款|應收賬款",
      ],
      weak: [
        "经济不好|市场不好|生意不好|行情不好|淡季|不景气|经济形势|疫情|經濟不好|市場不好|" +
          "生意不好|行情不好|淡季|不景氣",
        "分期付款|分批付款|分期|分批付|先付一部分|先付部分|付一部分|部分付款|分兩次|分两次|" +
          "分期付款|分批付款|先付一部份|部份付款",
        "交税|发工资|繳稅|發工資",
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
          "apretados de dinero|estamos apretados|andamos cortos|no tenemos saldo|la cuenta está vacía",
        "préstamo|préstamo bancario|crédito bancario|línea de crédito|financiamiento|" +
          "financiación|sobregiro",
        "esperando los fondos|esperando fondos",
        "esperando|esperamos|a la espera … aprobación del banco|que el banco apruebe|crédito|préstamo|" +
          "financiamiento|financiación",
        "el banco … aprob*|desembols*",
        "cobranza*|cuentas por cobrar|nuestros clientes nos pagan tarde|los clientes pagan tarde|" +
          "nos están pagando tarde|recuperar cartera|cartera vencida",
        "reunir el dinero|juntar el dinero|conseguir el dinero|reunir los fondos|juntar los fondos",
      ],
      weak: [
        "las ventas están bajas|ventas bajas|ventas muy bajas|temporada baja|" +
          "el mercado está mal|el mercado está muy mal|la economía está mal|mercado lento|" +
          "situación difícil|está difícil|está complicado|crisis|recesión",
        "pagar en partes|pagar en cuotas|pago en cuotas|pago parcial|pagos parciales|" +
          "abonar una parte|pagar una parte|pagar la mitad|dividir el pago|en dos partes",
        "impuestos|nómina|sueldos|situación financiera|situación económica",
      ],
      against: [
        "ya tenemos los fondos|los fondos ya están|ya aprobaron el crédito|aprobaron el préstamo|" +
          "el préstamo fue aprobado|ya tenemos el dinero|ya llegó el crédito",
      ],
      masks: ["carta de crédito|tasa de interés|nota de crédito|tarjeta de crédito"],
    },
    fr: {
      strong: [
        "trésorerie|tension de trésorerie|difficultés de trésorerie|problème de trésorerie|" +
          "manque de liquidités|liquidités|problème de liquidité|fonds insuffisants|manque de fonds|" +
          "pas les fonds|pas assez de fonds|pas assez d'argent|pas d'argent|manque d'argent|" +
          "difficultés financières|difficulté financière|problèmes financiers|" +
          "fonds ne sont pas disponibles|fonds pas encore disponibles|compte est vide",
        "crédit bancaire|prêt bancaire|un prêt|le prêt|notre prêt|du prêt|emprunt|" +
          "ligne de crédit|découvert|financement",
        "déblocage des fonds|attendons les fonds",
        "attendons|attend|en attente … accord de la banque|déblocage|financement|crédit|prêt",
        "la banque … accord*|débloqu*",
        "recouvrement*|créances|encaissements|nos clients paient en retard|" +
          "nos clients nous paient en retard|retards de paiement de nos clients",
        "réunir les fonds|rassembler les fonds|trouver les fonds|mobiliser les fonds",
      ],
      weak: [
        "marché difficile|marché est difficile|période difficile|conjoncture|crise|" +
          "basse saison|mauvaise saison",
        "activité|ventes … ralenti*|en baisse",
        "payer en plusieurs fois|paiement échelonné|échelonner|échéancier|paiement partiel|" +
          "payer une partie|régler une partie|payer la moitié|en deux fois",
        "impôts|salaires|situation financière|situation difficile",
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
          "nicht genügend mittel|mittel sind knapp|geld ist knapp|konto ist leer",
        "kredit|bankkredit|darlehen|kreditlinie|kreditrahmen|dispo|finanzierung|kreditzusage|" +
          "kreditgenehmigung|überbrückungskredit",
        "warten auf die mittel",
        "warten auf|warten noch auf … freigabe der bank|kredit|finanzierung|darlehen|kreditzusage",
        "bank … genehmig*|freigabe|freigeben",
        "forderungen|außenstände|zahlungseingänge|offene posten|kunden zahlen schleppend|" +
          "zahlungsmoral",
        "unsere kunden|die kunden … zahlen … spät|schleppend|verspätet",
        "mittel|geld … zusammenbekommen|auftreiben|beschaffen",
      ],
      weak: [
        "schlechte geschäftslage|wirtschaftliche lage|schwierige lage|schwierige zeiten|krise|" +
          "rezession|flaute",
        "umsatz|umsätze … eingebrochen|rückläufig",
        "ratenzahlung|in raten|teilzahlung|teilbetrag|teilweise zahlen|hälfte zahlen",
        "steuern|gehälter|löhne|finanzlage|engpass|angespannte lage",
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
          "aperto de caixa|aperto no caixa|conta está zerada|sem saldo",
        "empréstimo|financiamento|linha de crédito|crédito bancário|capital de giro",
        "aguardando os recursos",
        "aguardando|aguardamos|esperando … aprovação do banco|crédito|empréstimo|financiamento",
        "o banco … aprov*|liber*",
        "recebíveis|contas a receber|inadimplência|inadimplentes|cobranças|" +
          "nossos clientes estão pagando atrasado|clientes atrasando",
        "juntar o dinheiro|levantar o dinheiro|levantar os recursos|conseguir o dinheiro",
      ],
      weak: [
        "vendas fracas|vendas caíram|mercado fraco|mercado parado|mercado difícil|" +
          "economia está ruim|economia ruim|situação difícil|momento difícil|crise|recessão",
        "parcelar|parcelado|parcelas|em parcelas|pagamento parcial|pagar uma parte|" +
          "pagar metade|dividir o pagamento|em duas vezes",
        "impostos|folha de pagamento|salários|situação financeira",
        "apertado",
      ],
      against: [
        "crédito foi aprovado|empréstimo foi aprovado|financiamento foi aprovado|" +
          "recursos já estão disponíveis|já temos o dinheiro|dinheiro já está disponível",
      ],
      masks: ["carta de crédito|taxa de juros|nota de crédito|cartão de crédito"],
    },
    ru: {
      strong: [
        "кассовый разрыв|нет денег|нет средств|недостаточно средств|не хватает средств|" +
          "не хватает денег|нехватка средств|нехватка денег|финансовые трудности|" +
          "финансовые проблемы|сложная финансовая ситуация|" +
          "трудности с деньгами|проблемы с деньгами|проблемы с ликвидностью|ликвидност*|" +
          "денежный поток|оборотные средства|оборотных средств|денежные средства ограничены|" +
          "на счету нет денег|на счёте нет денег|пустой счёт|пустой счет",
        "кредит|кредита|кредиту|кредитом|кредиты|займ|займа|заём|заем|кредитная линия|" +
          "кредитной линии|овердрафт|финансирование|финансирования",
        "банк … одобр*",
        "ждём|ждем|ожидаем … кредит*|финансирован*|одобрени*|займ*",
        "дебиторск*|клиенты платят с задержкой|собираем деньги|собираем средства|" +
          "собрать средства|собрать деньги",
        "наши клиенты|наши покупатели … задерживают|не платят|платят с задержкой",
        "ждём|ждем|ожидаем … поступлени*|оплат*|деньги … от наших клиентов|от клиентов|от покупателей",
        "нет|не хватает|недостаточно … свободных денег|свободных средств|денег на счету|средств на счету",
      ],
      weak: [
        "сложная ситуация|тяжёлая ситуация|тяжелая ситуация|кризис*|продажи упали|" +
          "низкий сезон|рынок стоит|рынок упал",
        "продажи … снизились|упали",
        "частями|по частям|частичн* оплат*|рассрочк*|половину сейчас",
        "налог*|зарплат*|финансовое положение",
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
          "لا يوجد رصيد",
        "قرض|القرض|تمويل|التمويل|موافقة البنك|تسهيلات ائتمانية|تسهيلات بنكية|خط ائتمان|سحب على المكشوف",
        "ننتظر|بانتظار|في انتظار … موافقة البنك|القرض|التمويل",
        "التحصيل|تحصيل|المستحقات|الذمم المدينة|عملاؤنا يتأخرون|العملاء يتأخرون في الدفع",
        "تجميع المبلغ|تدبير المبلغ|توفير المبلغ|جمع المبلغ",
      ],
      weak: [
        "السوق ضعيف|السوق راكد|ركود|أزمة|الأوضاع الاقتصادية|الوضع الاقتصادي|الظروف الصعبة|" +
          "المبيعات ضعيفة|المبيعات منخفضة",
        "على دفعات|تقسيط|بالتقسيط|أقساط|دفعة جزئية|جزء من المبلغ|نصف المبلغ",
        "الضرائب|الرواتب|الوضع المالي",
      ],
      against: ["تمت الموافقة على القرض|وافق البنك|توفرت السيولة|المبلغ جاهز|الأموال جاهزة"],
      masks: ["خطاب اعتماد|الاعتماد المستندي|سعر الفائدة|بطاقة ائتمان"],
    },
  },
};
