import { cross, type ReasonCues } from "./types";

// Funds are tight: waiting for a loan, a credit line, or the buyer's own
// receivables in general (PRODUCT.md §4). One named customer who has not paid
// is middleman.ts; collections, receivables and "business is slow" are here.

export const CASH_FLOW: ReasonCues = {
  reason: "cash_flow",
  cues: {
    en: {
      strong: [
        "left us short|left us with no|left us without|left us with little|left us tight|left us with nothing|left us empty",
        "when we have money|when we have the money|once we have money|once we have the money|as soon as we have money|as soon as we have the money|when money comes|when the money comes in|when we get some money|once money comes in",
        "our funds|our money|our cash|funds|money|capital … blocked|stuck|locked|held up|tied … refund|tax|vat|gst|stock|goods|inventory|warehouse|receivables|duty|customs|investment|equipment|machinery|property|construction|expansion|projects",
        "mismatch in our funds|fund mismatch|funds mismatch|cash mismatch|mismatch of funds|paucity of funds|paucity|fund crunch|funds crunch|money crunch|liquidity crunch|financial crunch|fund position|funds position|fund flow|funds flow|we are broke|we're broke|i am broke|i'm broke|cash credit|cc limit|od limit|lc limit|bank limit|loan sanction|limit sanction|sanction of",
        "recovery|recoveries|collection|collections|outstanding|payments … from the market|from market|in the market … slow|poor|weak|delayed|stuck|not coming|very bad|bad",
        "money|payments|funds … stuck in the market|blocked in the market|in the market is stuck|from the market is slow",
        "market|market condition|market conditions|market situation … dull|very dull|very bad|very slow|dead|is not good|are not good|is bad|are bad|terrible",
        "dull market",
        "cash|money|funds|finances … not enough|is not enough|isn't enough|not sufficient|insufficient|very short|very low|very little|very tight|very limited|is short|is low|is limited|is tight|are tight|are short|are limited|are low|is very bad|is bad|are bad|is difficult|is a problem now",
        "we have no money|we have no cash|we have no funds|have no money now|had no money|no money now|no money this month|no money at the moment|no money right now|no cash this month|no money for now|little money|very little money|less money|money issue*|cash issue*|finance problem*|finance issue*|financial issue*|financial situation is|money situation|cash situation|money is the problem|cash is the problem|lack of cash|without money|without cash",
        "all our customers|all of our customers|all customers|all the customers|nobody|no one|the whole market|whole market|entire market|all the market|all market … pay late|pays late|paying late|pay slowly|paying slowly|pays on time|pay on time|paying on time|is paying|has money|have money",
        "everyone|everybody … paying late|pays late|pay late|paying slowly|short of money|short of cash|has no money|have no money|no money",
        "money|cash|funds|capital … in stock|in the stock|in goods|in the goods|in the warehouse|in inventory|in the inventory|in unsold|in our stock|in our warehouse",
        "credit limit|bank limit|bank limits|facility|facilities … finished|exhausted|used up|full|maxed|expired|renewal|renew*|reduced|cut|not approved|not renewed|frozen|blocked|under review|pending",
        "limit with bank|limit with the bank|limit from bank|limit from the bank|limit at the bank|limit at bank|limits with bank|limits with the bank|limit with our bank",
        "bank … refus*|reject*|declin*|not approv*|hasn't approv*|didn't approv*|did not approv*|not yet approv*|not renew*|cut|reduced … loan|credit|financ*|limit|facility|overdraft|application|working capital",
        "bank … cut our|reduced our|credit limit|our limit",
        "business|sales … very bad|very slow|very weak|very poor|very low|very difficult|not good|is bad|are bad|terrible|dead|is dead|are dead|is very bad|nothing",
        "struggling … to pay|paying",
        "tight|short|difficult|hard|tough|bad … for money|with money|on money|for cash|with cash",
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
        "things|times|situation|everything|life|it … hard|difficult|tough|rough|bad|not easy|not good|slow|very hard|very difficult|very tough",
        "understand our situation|our situation|hope you understand|your understanding|not running away|won't run away|will not run away|not going anywhere|won't disappear|will not disappear",
        "when things get better|when things improve|as soon as things improve|once things improve|business picks up|sales pick up|market improves|market recovers|things pick up",
        "after paying|we just bought|just bought|we bought|we invested|new branch|new shop|new store|new office|new warehouse|moved to a new|harvest|drought|flood|fire|theft|robbed|unexpected",
        "rough patch|difficult phase|tough phase|lean period|lean season|slack season|dull season|down season|dull|market condition*|market situation",
        "facing|going through|passing through|experiencing … hard time*|tough time*|rough time*|a rough|a crisis|a difficult period|a difficult time|a difficult phase|a tough period|difficult times",
        "other dues|pending dues|clear our dues|customs duty|customs duties|import duty|school fees|post-dated cheque*|post dated cheque*|pdc|payment plan|payment schedule|weekly payments|monthly payments|small amounts|smaller amounts|not in a position to pay|unable to pay at the moment|unable to pay now|bills to pay|many bills|lot of bills",
        "business|sales|market|trade|season|demand|orders|turnover|economy|selling … slow|weak|poor|down|quiet|difficult|tough|hard|low|dropped|fell|falling|declining|decreased|bad|dead|not good|slowed|terrible",
        "nobody buys|no one buys|no one is buying|nobody is buying|customers are not buying|customers don't buy|clients are not buying|people are not buying|not buying|no sales|few sales|no orders|few orders|little business|no business",
        "a lot of stock|lots of stock|too much stock|full warehouse|warehouse is full|overstock*|stock in the warehouse|stock in warehouse|goods in the warehouse|goods in warehouse|not selling|can't sell|cannot sell|unsold|not moving|stuck with|piling up|sell the stock|sell the goods|once we sell|when we sell|after we sell|as soon as we sell|after selling|when the goods are sold|once the goods are sold|after the goods are sold",
        "cannot pay the full|can't pay the full|cannot pay in full|can't pay in full|unable to pay in full|unable to pay the full|cannot pay the whole|can't pay the whole|cannot pay all|can't pay all|cannot pay everything|can't pay everything|cannot pay full|can't pay full|not able to pay full|not able to pay the full",
        "now and the rest|now and rest|now, the rest|now, rest|the rest next|rest next month|rest next week|rest in next month|rest at the end|rest after|balance next month|remaining next month|the other half|second half next|first half now|part of the amount|part of the payment|part of it|portion of the|in two payments|in three payments|in 2 payments|in 3 payments|two installments|three installments|part payment|in parts|in portions|little by little",
        "give us more time|give me more time|give us some time|give me some time|give me a little time|give us a little time|give me a little more time|give us a little more time|more time to pay|need more time|need some more time|bit more time|little more time|few more weeks|extend the due date|extension|grace period|bear with us",
        "tax office|tax authority|tax authorities|pay taxes|paid taxes|paid tax|pay tax|pay our taxes|rent|wages|big expenses|many expenses|lot of expenses|lots of expenses|heavy expenses|unexpected expenses|high expenses|big expense|other payments|many payments|big payments|pay our suppliers|pay other suppliers|new machine*|new equipment|new truck*|new vehicle*|investment|invested|renovation|expansion|costs are high|high costs|electricity",
        "we are also short|also short|struggling|we are struggling|difficult situation|difficult time|tough time|tough times|hard time|bad time|bad period|tough period|slow month|bad month|tough month|hard month|bad year|difficult year|tough year|bad quarter|difficult quarter|slow period|not easy",
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
        // "We have no cash flow problem": the same as "cash flow is fine", and longer than the
        // "we have no cash" inside it, which would read it as the opposite.
        cross(
          "have no|had no|there is no|there are no|there's no|never had|never had any",
          "cash flow problem*|cash-flow problem*|cashflow problem*|cash flow issue*|" +
            "cash-flow issue*|cashflow issue*|cash problem*|cash issue*|money problem*|" +
            "money issue*|financial problem*|financial issue*|funding problem*|funding issue*|" +
            "funds issue*|liquidity problem*|liquidity issue*"
        ),
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
        "手头不方便|手頭不方便|不太方便|有钱了|有錢了|钱到了就|等有钱|等有錢|钱回来就|錢回來就|缓过来|緩過來|缓过劲|周转过来|週轉過來",
        "不好做|生意难|钱不凑手|不凑手|资金缺口|缺口|垫资|手上没钱|手里没钱|手头没钱|手頭沒錢|手裡沒錢|墊資|资金回笼慢|資金回籠慢|经营压力|經營壓力",
        "资金|钱|现金|账上|帐上|账户|錢|現金|帳戶 … 不够|不足|紧张|很紧|比较紧|有点紧|很少|没了|困难|有限|不夠|緊張|很緊|困難",
        "生意|销售|市场|行情|销量|生意上|買賣|买卖 … 很差|太差|非常差|难做|很难|冷清|萧条|很不好|非常不好|特别不好|差得很|難做|蕭條",
        "大家都没钱|都没钱|都缺钱|大家都缺钱|市场上都没钱|整个市场|全行业|整个行业|大家都在拖|都在拖款|客户普遍|所有客户|客户都在拖|客户都拖|都拖款|大家都沒錢|都沒錢|整個市場|整個行業|所有客戶",
        "银行|銀行 … 收紧|抽贷|压缩额度|额度|授信|收緊|額度",
        "额度用完|额度满了|额度到期|额度用光|额度不够|額度用完|額度不夠",
        "钱|资金|錢|資金 … 在库存|在货上|在货里|在仓库|压在货|压在库存|在貨上|在倉庫",
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
        "体谅|體諒|理解一下|谅解|諒解|情况您也知道|您也知道|大环境|大環境|环境不好|環境不好|形势不好|形勢不好|不太好|不好过|不好過|最近比较难|最近有点难|等等我们|等等我們|不会跑|不會跑|不会赖账|不會賴賬",
        "扩厂|扩建|新厂|装修|开了新店|新开|买了车|买了设备|擴廠|擴建|新廠|裝修|開了新店|買了",
        "一半|先付一半|只能先付|付不了全款|付不了全部|一次付不了|一次性付不了|一大笔|一大筆|压力很大|壓力很大|经济形势不好|不景气|不好过|日子不好过|難過|难过",
        "生意|销售|市场|行情|销量|卖|賣|銷售|市場|銷量 … 差|不好|难|慢|淡|下滑|下降|冷|难做|不行|一般|難|慢|淡",
        "卖不掉|卖不出|卖不动|货卖不出去|积压|库存多|库存太多|压库存|货压着|仓库满|没人买|没有人买|客户不买|賣不掉|賣不出|積壓|庫存多|倉庫滿|沒人買|等货卖了|等卖了|卖完再|賣完再",
        "分几次|分三次|先付|先打|先转|一部分|余款下个月|剩下的|剩余|尾款下月|余下|餘款|剩下|先轉|先打一部分",
        "宽限|多给点时间|多给几天|再给点时间|缓一缓|缓几天|延期|晚一点|宽限几天|寬限|多給|緩一緩|延期",
        "税款|交了税|缴了税|税务|发了工资|付工资|工资|房租|租金|开支大|开支很大|开销大|支出大|支出很大|费用很高|大笔支出|大额支出|投资|买了设备|买了|稅款|稅務|工資|開支|開銷|支出|投資",
        "困难|难|不容易|压力大|壓力大|困難",
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
        "cuando tengamos|en cuanto tengamos|apenas tengamos|cuando haya|en cuanto haya|cuando tenga|en cuanto tenga|apenas tenga … dinero|plata|fondos|liquidez|caja",
        "el banco … no nos ha dado|no nos dio|no nos da|no ha liberado|no ha desembolsado|todavía no … crédito|préstamo|financ*|línea",
        "no me alcanza|no nos alcanza|no alcanza el dinero|no alcanza la plata|estamos sin plata|estamos sin dinero|sin un peso|sin un centavo|no tenemos ni un peso",
        "no tenemos|no hay|nos falta|falta|sin|no tengo|no contamos con … dinero|plata|fondos|liquidez|efectivo|caja|lana|recursos",
        "el dinero|la plata|los fondos|la caja|el efectivo|los recursos … no alcanza|no nos alcanza|no da|es poco|escasea|no es suficiente|no son suficientes|no alcanzan|está corto|está justo|muy justo|muy poco",
        "quedamos|nos quedamos|estamos|andamos|nos vemos|quedado … apretad*|ahogad*|descapitalizad*|sin liquidez|sin un peso|cortos|justos de|mal de dinero|mal de plata|mal económicamente|mal de dinero|complicados",
        "el negocio|las ventas|la venta|el comercio … muy mal|fatal|no va bien|no van bien|muerto|muertas|parado|paradas|no salen|no sale|muy flojas|muy flojo|muy bajas|malísim*|pésim*",
        "todos|nadie|todo el mercado|todo el mundo|todos los clientes|el mercado entero … paga tarde|pagan tarde|está pagando tarde|están pagando tarde|pagan con retraso|paga con retraso|tiene plata|tiene dinero|paga a tiempo|está pagando|anda corto|anda sin plata|sin plata|sin dinero",
        "el banco … rechaz*|no aprob*|no ha aprobado|no nos aprob*|redujo|recortó|cortó|negó|nos negó … crédito|préstamo|financ*|línea|límite|solicitud|sobregiro",
        "el banco … nos redujo el|nos recortó el|nos cortó el|límite|línea de",
        "límite … banco|bancario|de crédito … agotado|cortado|reducido|vencido|renovación|lleno",
        "dinero|plata|fondos|capital … en mercancía|en mercadería|en el stock|en inventario|en la bodega|en el almacén|en stock",
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
        "las cosas|la cosa|la situación|todo … difícil*|fea|feo|dura|duro|mal|complicad*|no están bien|no está bien|no pinta bien",
        "no es un buen momento|no es buen momento|no me voy a desaparecer|no me voy a ir|su dinero está seguro|comprenda|entienda nuestra situación|nuestra situación",
        "compramos|invertimos|sucursal nueva|nueva sucursal|nuevo local|remodelación|mudanza|cosecha|sequía|inundación|robo|incendio",
        "atravesando|pasando por|estamos en … momento difícil|situación difícil|situación complicada|crisis|mala racha|mal momento|época difícil",
        "la cosa está|está dura la cosa|la situación está|cómo está el país|como está el país|cuando cobremos|en cuanto cobremos|estamos cobrando",
        "las ventas|el negocio|el mercado|la venta|el comercio|la temporada|la demanda|el movimiento … mal|flojo|flojas|flojo|lento|lentas|parado|paradas|muerto|bajo|bajas|cayendo|difícil|complicado|no va bien|no van bien|fatal|bajó|bajaron|cayó|cayeron",
        "mercancía parada|stock parado|inventario parado|mucho stock|mucho inventario|no se vende|no vendemos|no estamos vendiendo|nadie compra|nadie está comprando|los clientes no compran|la gente no compra|bodega llena|almacén lleno|cuando vendamos|en cuanto vendamos|apenas vendamos|vendiendo le pago|vendiendo te pago|conforme vendamos|a medida que vendamos",
        "apretad*|ajustad*|justit*",
        "compramos|acabamos de comprar|invertimos|inversión|gastos|muchos gastos|gastos grandes|gastos fuertes|pagar proveedores|otros pagos|pagos pendientes|hacienda|el sat|la afip|camiones|maquinaria|equipo nuevo|la dian|el seniat",
        "una parte ahora|parte ahora|el resto el mes|el resto la próxima|el resto después|resto más adelante|la otra mitad|en dos pagos|en tres pagos|en 2 pagos|en 3 pagos|dos pagos|por partes|en partes|poco a poco|de a poco",
        "más tiempo|un poco de tiempo|unos días más|más plazo|prórroga|denos tiempo|deme tiempo|un poco más de tiempo|paciencia|tenga paciencia",
        "en cuanto entre|cuando entre|cuando entren|en cuanto entren|apenas entre … dinero|ventas|cobr*|ingres*|lo de|plata",
        "nos pasa lo mismo|difícil para nosotros|momento difícil|época difícil|tiempos difíciles|está duro|está dura|está fea|está feo",
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
        "quand nous aurons|dès que nous aurons|quand on aura|dès qu'on aura|quand j'aurai|dès que j'aurai … l'argent|les fonds|de la trésorerie|des liquidités|les moyens|de quoi",
        "fins de mois difficiles|fin de mois difficile|fin de mois compliquée|les recettes … faibles|en baisse|ne suffisent pas|les rentrées … faibles|en baisse|ne suffisent pas|ne suivent pas|la trésorerie ne suit pas",
        "l'argent|argent|la trésorerie|les liquidités|la caisse … manque|ne rentre pas|ne rentre plus|ne suffit pas|pas suffisant|insuffisant|rentre mal|rentre pas",
        "nous n'avons pas|on n'a pas|je n'ai pas|nous n'avons plus|on n'a plus|je n'ai plus … l'argent|les moyens|de quoi payer|les fonds|de trésorerie|de liquidités|d'argent|de fonds|de cash|de sous",
        "pas les moyens|plus les moyens|pas de sous|plus de sous|pas d'argent|plus d'argent|peu d'argent|pas assez d'argent|pas assez de trésorerie|pas de trésorerie",
        "nos finances|finances|situation financière|notre situation … difficile|compliquée|tendue|délicate|mauvaise|fragile|catastrophique",
        "le marché|les ventes|l'activité|le commerce|les affaires … mort|morte|catastrophique|à l'arrêt|ne marchent pas|ne marche pas|ne marchent plus|vont mal|va mal|très mal|nulles|nul",
        "tout le monde|tous nos clients|tous les clients|tout le marché|le marché entier … paie en retard|paient en retard|payent en retard|paye en retard|tarde à payer|tardent à payer|manque d'argent|n'a pas d'argent|est à court|sans argent",
        "personne ne … paie|paye|a d'argent|a de l'argent|règle",
        "la banque … refus*|rejet*|n'a pas accord*|pas encore accord*|pas validé|réduit|coupé|diminué|supprimé … crédit|prêt|financement|découvert|plafond|autorisation|ligne|facilité",
        "la banque … plafond|découvert|autorisation de",
        "argent|fonds|trésorerie … dans le stock|dans les stocks|dans la marchandise|en stock|en marchandise",
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
        "les choses|la situation|tout|ça … difficile|compliqué|compliquée|dur|dure|mal|pas facile|ne tourne pas|ne tournent pas|tourne pas",
        "dès que ça ira mieux|quand ça ira mieux|dès que les choses s'améliorent|comprenez notre situation|notre situation|je ne fuis pas|je ne vais pas disparaître",
        "nous venons d'acheter|nous avons investi|on a investi|on vient d'acheter|nouveau camion|nouvelle machine|travaux|déménagement|nouvelle boutique|récolte|sécheresse|inondation|incendie|vol",
        "traversons|traverse|passons|passe … période difficile|passe difficile|crise|mauvaise passe|moment difficile|période compliquée",
        "en difficulté|mauvaise passe|la crise|c'est la crise|gros investissement",
        "le marché|les ventes|l'activité|le commerce|les affaires|la saison|la demande … mort|morte|calme|ralenti*|au ralenti|difficile|mauvais|mauvaises|faible|faibles|en baisse|en berne|ne marche pas|ne marchent pas|ne va pas|ne vont pas|catastrophique|ne bouge pas|plat|plate|molle|mou|dur|dure",
        "les clients n'achètent pas|les clients n'achètent plus|personne n'achète|rien ne se vend|ça ne se vend pas|on ne vend rien|on ne vend pas|nous ne vendons pas|pas de ventes|ne bouge pas|ne sort pas|invendu*|stock important|beaucoup de stock|surstock*|n'achètent pas|n'achètent plus|au fur et à mesure des ventes|dès que nous vendons|quand on aura vendu|dès qu'on vend|quand je vends|dès que je vends|quand on vend",
        "ça ne va pas|ça va pas|ça ne va pas fort|c'est dur|c'est difficile|les temps sont durs|c'est compliqué|période compliquée|moment difficile|mois difficile|mois compliqué|pas facile",
        "un peu de temps|un peu plus de temps|plus de temps|donnez-moi du temps|laissez-moi du temps|accordez-nous|délai supplémentaire|quelques jours de plus|quelques semaines de plus|report",
        "impôts|charges|grosses dépenses|beaucoup de dépenses|dépenses imprévues|investissement|nous avons acheté|achat de|dépenses|fournisseurs à payer|échéances",
        "une partie maintenant|le reste le mois prochain|le reste plus tard|le reste à la fin|le reste après|l'autre moitié|en deux paiements|en plusieurs paiements|par tranches|petit à petit|au fur et à mesure|en deux versements|en plusieurs versements|versements",
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
        // "Nous n'avons pas de problème de trésorerie": longer than the "nous n'avons pas … de
        // trésorerie" it holds, which would read it as the opposite.
        cross(
          "nous n'avons pas de|on n'a pas de|je n'ai pas de|nous n'avons plus de|on n'a plus de|" +
            "il n'y a pas de|nous n'avons aucun|on n'a aucun|nous n'avons jamais eu de",
          "problème de trésorerie|problèmes de trésorerie|souci de trésorerie|" +
            "soucis de trésorerie|difficultés de trésorerie|problème de liquidité|" +
            "problèmes de liquidité|problème d'argent|problèmes d'argent|problème financier|" +
            "problèmes financiers|souci financier|soucis financiers"
        ),
      ],
      masks: ["lettre de crédit|crédit documentaire|taux d'intérêt|note de crédit|carte de crédit"],
    },
    de: {
      strong: [
        "sobald wir|wenn wir … wieder geld|geld haben|das geld haben|liquidität haben|flüssig sind|wieder flüssig",
        "nicht flüssig|wieder flüssig|nicht liquide|blank",
        "bank … nicht bewilligt|noch nicht bewilligt|keine zusage|nicht zugesagt|lehnt … kredit*|darlehen|finanzierung|linie|rahmen",
        "schwer|knapp|eng|schlecht|schwierig|mau … mit geld|mit dem geld|mit liquidität|mit der liquidität|mit den finanzen|mit der kasse|finanziell",
        "mit geld|mit dem geld|mit den finanzen|mit der liquidität|geldlich|finanziell|das geld … schwer|knapp|eng|schlecht|schwierig|angespannt|mau|nicht gut|reicht nicht|fehlt",
        "wenig geld|zu wenig geld|kaum geld|geld reicht nicht|geld fehlt|das geld reicht|geld ist alle|kein geld|nicht genug geld|keine liquidität|kaum liquidität|wenig liquidität|keine kohle|wenig kohle",
        "geschäft|geschäfte|verkauf|umsatz|absatz … läuft schlecht|laufen schlecht|sehr schlecht|katastrophal|miserabel|tot|liegt am boden|total eingebrochen",
        "jeder|niemand|keiner|alle kunden|die ganze branche|der ganze markt|branchenweit|in unserer branche|in der branche … zahlt|zahlen … spät|pünktlich|schleppend|verspätet",
        "zahlt|zahlen … jeder|niemand|keiner|alle kunden … spät|pünktlich|schleppend|verspätet",
        "bank … abgelehnt|lehnt|gekürzt|gestrichen|nicht genehmigt|noch nicht genehmigt|reduziert … kredit*|limit|rahmen|linie|finanzierung|antrag|darlehen",
        "bank … limit|kreditlinie|kreditrahmen|rahmen … gekürzt|gestrichen|reduziert|ausgeschöpft|voll",
        "geld|kapital|mittel … im lager|in der ware|in waren|im bestand|in ware",
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
        "gerade schwierig|gerade nicht einfach|momentan schwierig|zurzeit schwierig|derzeit schwierig|es läuft nicht gut|läuft gerade nicht|läuft nicht so|sobald es besser läuft|wenn es besser läuft|sobald es wieder läuft|wir kämpfen|kämpfen gerade|nicht einfach|schwere zeit|verständnis|unsere lage|unsere situation|wir laufen nicht weg",
        "wir haben gerade|haben investiert|investiert|umzug|neue halle|umbau|neues lager|neue filiale|ernte|dürre|hochwasser|brand|diebstahl",
        "durchlaufen|stecken in … schwierige phase|schwierige zeit|krise|durststrecke|flaute|harte phase",
        "lieferanten|erst verkaufen|zuerst verkaufen|ware verkaufen|umsätze|einnahmen|wenig einnahmen|kaum einnahmen",
        "verkauf|verkäufe|umsatz|geschäft|geschäfte|markt|absatz|nachfrage|saison … schlecht|schwach|ruhig|flau|mau|läuft nicht|laufen nicht|eingebrochen|tot|miserabel|katastrophal|schleppend|stockt|zurückgegangen|rückläufig|nicht gut|schwierig",
        "niemand kauft|keiner kauft|kunden kaufen nicht|kunden kaufen nichts|wir verkaufen nichts|wir verkaufen kaum|lager ist voll|volles lager|viel ware|ware auf lager|ware liegt|im lager|sitzen auf|bleiben auf der ware|nichts verkauft|wenig verkauft|sobald wir verkaufen|wenn wir verkaufen|wenn die ware verkauft",
        "geht es nicht anders|geht es genauso|geht's genauso|geht es auch so|sind wir auch betroffen|betrifft uns auch",
        "finanzamt|steuernachzahlung|nachzahlung|große ausgaben|hohe ausgaben|viele ausgaben|investition*|neue maschine|neuen lkw|anschaffung*|lieferanten bezahlen|viele zahlungen|hohe kosten|kosten",
        "teil jetzt|einen teil jetzt|ein teil jetzt|teil sofort|einen teil|rest im nächsten monat|rest nächsten monat|rest nächste woche|rest später|den rest|restzahlung|in zwei teilen|in mehreren teilen|in teilen|teilbeträge|in zwei raten|stückweise|nach und nach|zahlen teil",
        "mehr zeit|etwas zeit|etwas mehr zeit|noch etwas zeit|ein paar tage mehr|stundung|zahlungsaufschub|geduld",
        "schwer|schwierig|schwierige|harte zeiten|schwere zeiten|schwerer monat|schlechter monat",
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
        "quando tivermos|assim que tivermos|quando tiver|assim que tiver|quando entrar|assim que entrar|quando a gente tiver … dinheiro|grana|caixa|recursos|algum dinheiro",
        "estamos|ficamos|tô|estou|ando|andamos|tamos|a gente está|a gente tá … apertad*|sem grana|duro|dura|quebrado|quebrados|no sufoco|sufocado*|enrolado*|enrolada*",
        "o banco … não liberou|ainda não liberou|não libera|ainda não aprovou … crédito|empréstimo|financiamento|limite|linha|capital de giro",
        "o caixa não fechou|caixa não fecha|caixa não fechou|as contas não fecham|contas não fecharam",
        "dificuldades de tesouraria|problemas de tesouraria|falta de tesouraria|tesouraria apertada",
        "dificuldade*|problema*|falta … de tesouraria|de caixa|de dinheiro|financeir*|de liquidez",
        "não temos|não tem|estamos sem|tô sem|to sem|estou sem|ficamos sem|não tenho|falta … dinheiro|grana|caixa|recursos|verba|saldo|liquidez",
        "o dinheiro|a grana|o caixa|os recursos … não dá|não chega|não é suficiente|está curto|tá curto|acabou|tá apertado|está apertado|tá pouco|está pouco|muito pouco|não está dando",
        "parado no estoque|parada no estoque|parados no estoque|paradas no estoque|parado em estoque|encalhad*|dinheiro parado|dinheiro preso|dinheiro empatado",
        "as vendas|o movimento|o comércio|os negócios|o negócio … muito fraco|muito fracas|péssim*|horrível|morto|mortas|parado|paradas|não estão boas|não está bom|muito ruim|muito ruins",
        "todo mundo|o mercado todo|o mercado inteiro|todos os clientes|todos … atrasando|pagando atrasado|paga atrasado|pagam atrasado|sem dinheiro|sem caixa|quebrado",
        "ninguém … paga|está pagando|tá pagando|tem dinheiro|tem caixa",
        "o banco … recus*|negou|negaram|não aprov*|cortou|reduziu … crédito|empréstimo|financiamento|limite|linha|pedido",
        "o banco … limite",
        "limite … banco|bancário|cortado|reduzido|estourado|esgotado|renovação",
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
        "as coisas|a coisa|a situação|tudo … difícil|complicad*|feia|feio|ruim|brava|pesada|não estão boas|não está boa",
        "assim que melhorar|quando melhorar|não vou sumir|não vou dar calote|entenda nossa situação|nossa situação|compreensão",
        "acabamos de comprar|investimos|reforma|caminhão|máquina nova|nova loja|filial|mudança|safra|seca|enchente|roubo|incêndio",
        "passando por|atravessando|enfrentando … momento difícil|crise|fase difícil|fase ruim|período difícil",
        "apertad*|sufoco|mesmo barco|mesma situação|quando receber|quando a gente receber|assim que receber",
        "vendas|o movimento|movimento|o mercado|mercado|o comércio|comércio|os negócios|negócio|as vendas|a procura|a demanda … fraco|fracas|parado|parada|devagar|lento|lentas|ruim|ruins|péssimo|péssimas|difícil|caíram|caiu|não estão boas|não está bom|morto|mortas|muito fraco",
        "ninguém compra|ninguém está comprando|ninguém tá comprando|clientes não compram|não vende|não vendemos|não estamos vendendo|não está vendendo|não sai nada|nada sai|sem vendas|poucas vendas|estoque cheio|muito estoque|estoque alto|estoque grande|tudo parado|vendendo eu|vendendo a gente|assim que vender|quando vender|quando vendermos|assim que vendermos|à medida que vendermos|conforme for vendendo|conforme vender",
        "imposto|receita federal|darf|folha|despesas|muitas despesas|gastos|muitos gastos|investimento|investimos|compramos|fornecedores|pagar fornecedores|contas para pagar|muitas contas|boletos|finanças",
        "prestações|duas prestações|em prestações|três prestações|uma parte agora|parte agora|parte hoje|o resto no mês|o resto mês que vem|o resto depois|o restante depois|a outra metade|em duas parcelas|em 2x|em 3x|duas vezes|por partes|aos poucos|30 e 60|a 30 e",
        "mais tempo|um pouco de tempo|mais uns dias|mais prazo|prorrogar|prorrogação|dilatação do prazo|um prazo|prazo maior|paciência",
        "momento complicado|fase difícil|tá difícil|está difícil|tá complicado|está complicado|tá osso|tá feio|não está fácil|não tá fácil",
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
        "как только появятся|как появятся|как будут|когда будут|когда появятся|как только будут … деньги|средства|деньжата",
        "денег|средств … нет совсем|совсем нет|почти не осталось|в минусе",
        "с деньгами|с финансами|с оплатами|с оборотными|по деньгам|по финансам|с наличностью|с ликвидностью … туго|сложно|тяжело|плохо|напряж*|проблем*|беда|не очень|трудно|швах",
        "денег|средств … мало|нет|не хватает|ни у кого нет|в обрез|впритык|не осталось|почти нет|не хватило|недостаточно",
        "на счёте|на счету|на счетах|на расчётном|на расчетном|в кассе … ничего|пусто|ноль|почти ничего|мало|копейки|не осталось",
        "деньги|средства|всё|все … в товаре|в товар|в товарах|в остатках|в стоке|на складе",
        "продажи|торговля|дела|бизнес … очень плохо|очень слабые|очень слабо|совсем плохо|стоят|встали|на нуле|никакие|никакая|ужасные|ужасно|мертв*",
        "все всем|весь рынок|у всех|по всему рынку|никто|ни у кого|все покупатели|все клиенты … задерж*|не платят|не платит|без денег|проблем*|денег нет|нет денег|денег|платит вовремя|с задержкой|платят",
        "банк … отказал|не одобрил|не дал|урезал|сократил|снизил … кредит*|лимит*|финансирован*|займ*|линию|овердрафт*",
        "банк … лимит|закрыл линию",
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
        "сейчас тяжело|сейчас сложно|всё сложно|все сложно|тяжеловато|непросто|нелегко|не лучшие времена|не лучший период|не убегаем|не пропадём|не пропадем|не скрываемся|войдите в положение|поймите нас|наше положение|нашу ситуацию",
        "купили|вложили|ремонт|новый склад|открыли магазин|открыли филиал|расширение|переезд|урожай|засуха|наводнение|пожар|кража",
        "обороты|оборот|торговый оборот … упали|снизились|упал|снизился|просели|просел|сократились",
        "переживаем|проходим|сейчас … сложный период|трудный период|непростой период|тяжёлый период|тяжелый период|кризис|трудные времена|тяжёлое положение|тяжелое положение|сложное положение",
        "в одной лодке|тоже без денег|тоже не платят|у нас та же ситуация",
        "продажи|торговля|бизнес|рынок|спрос|сезон|выручка|дела|продаж … слабые|слабо|слабая|плохие|плохо|упали|стоят|стоит|не идут|не идёт|не идет|просели|вялые|вяло|тяжело|никакие|на нуле|мертв*|встал|встали|снизились|низкие",
        "склад забит|склад полный|затоварен*|затоваривание|не продаётся|не продается|ничего не продаётся|ничего не продается|никто не покупает|не покупают|товар лежит|товар стоит|остатки большие|неликвид*|как продадим|когда продадим|по мере продаж|как только продадим|реализуем|по мере реализации",
        "ндс|налоги|крупные расходы|большие расходы|много расходов|расходы|закупили|вложились|инвестиции|купили оборудование|оборудование|платежи поставщикам|обязательные платежи|налоговая",
        "двумя частями|двумя платежами|в два платежа|двумя траншами|в несколько платежей|остальное потом|остаток потом|остальное в следующем|остаток в следующем|оставшуюся сумму|частично|часть оплатим|часть оплатить",
        "ещё немного времени|еще немного времени|немного времени|дайте время|дайте нам время|подождать|войти в положение|отсрочку",
        "тяжёлые времена|тяжелые времена|сложное время|сложный период|тяжёлый месяц|тяжелый месяц|сложный месяц|непростое время|непросто",
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
        "لما|عندما|أول ما|حين|بمجرد … تتوفر السيولة|يتوفر المبلغ|تتوفر الفلوس|يكون معانا|تيجي فلوس|يتوفر المال|تتوفر الأموال",
        "الحساب خلص|الرصيد خلص|الفلوس خلصت|الحساب فاضي|الخزينة فاضية|الخزنة فاضية|الرصيد صفر|الحساب صفر|الفلوس راحت|خلصت الفلوس|خلص الرصيد",
        "الميزانية|الموازنة|المخصصات … خلصت|خلصت كلها",
        "الظروف المالية|للظروف المالية|ظروفنا المالية|الأوضاع المالية|أوضاعنا المالية|ظروف الشركة المالية|الظروف المادية|أوضاع مالية|ظروف مادية صعبة",
        "ظروف|الظروف|ظروفنا|أوضاع|الأوضاع … المالية|مالية|المادية|مادية",
        "الوضع المالي|الوضع المادي|وضعنا المالي|وضعنا المادي|الحالة المادية|الحالة المالية … صعب|صعبة|سيئ|سيئة|حرج|حرجة|ضعيف|ضعيفة|مش كويس|مش كويسة|تعبان|تعبانة|زفت",
        "الفلوس|المال|السيولة|المبلغ|فلوس … مش كفاية|لا يكفي|لا تكفي|غير كاف|غير كافية|قليلة|قليل|ناقص|ناقصة|مش موجود|مش موجودة|شحيحة|مش كفايه|ما تكفي|ما يكفي",
        "ما عندنا|ماعندنا|معندناش|ما عندناش|ليس لدينا|لا يوجد لدينا|مفيش معانا|ما معنا|ما معناش|لا نملك|ما في عندنا|مافي عندنا … فلوس|سيولة|مال|أموال|كاش|المبلغ",
        "البنك|المصرف … رفض|لم يوافق|ما وافق|ماوافق|ما وافقش|خفض|قلص|أوقف|لم يمنح|لم يصرف|ما صرف … القرض|قرض|التمويل|تمويل|التسهيلات|تسهيلات|الحد|حد|الائتمان|ائتمان|السلفة",
        "البنك|المصرف … الحد الائتماني|التسهيلات|تجديد",
        "الكل|كل العملاء|جميع العملاء|السوق كله|السوق كلها|ما حدش|محدش|لا أحد|كل الناس|الجميع|كل السوق … بيدفع|يدفع|يدفعون|متأخر|متأخرين|يتأخر|يتأخرون|فلوس|سيولة|بتدفع",
        "أموالنا|فلوسنا|الفلوس|الأموال|المال … في البضاعة|في المخزون|في البضائع|في المخزن|في المستودع",
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
        "ربنا يسهل|الله يسهل|ربنا يفرجها|الله يفرجها|يفرجها|تتيسر|ميسرة|تتحسن الأمور|الأمور تتحسن|لما الحال يتحسن|مش هنهرب|مش هنضيع|تقدير ظروفنا|مراعاة ظروفنا|تفهم ظروفنا|تفهمكم",
        "وسعنا|توسعة|فرع جديد|افتتحنا|معدات|شاحنات|عربيات|المحصول|الحصاد|حريق|سرقة",
        "نمر ب|نمر بفترة|نمر بأزمة|نمر بظروف|تمر بها الشركة|نعاني من|نواجه|الحال واقف|الحال صعب|الحالة صعبة|الحال مش ولا بد",
        "زينا زي|مثل الجميع|زي الناس|مثل غيرنا|نفس الحال|نفس الوضع",
        "السوق|المبيعات|البيع|الشغل|الحركة|الموسم|الطلب|السوق … ضعيف|ضعيفة|راكد|واقف|واقفة|نايم|نايمة|بطيء|بطيئة|سيئ|سيئة|مش كويس|قليل|قليلة|تعبان|ميت|متوقف|متوقفة|تراجع|انخفض|تباطأ|صعب",
        "تباطؤ|ركود|الدنيا واقفة|الحركة خفيفة|كساد",
        "متكدسة|مكدسة|مش بتتباع|ما تتباع|لم تبع|لم تُبع|راكدة|المخزن مليان|المستودع ممتلئ|مخزون كبير|بضاعة كتير|ما حدش بيشتري|محدش بيشتري|لا أحد يشتري|الزبائن لا يشترون|العملاء لا يشترون|لما نبيع|عندما نبيع|بعد البيع|حين نبيع|أول ما نبيع",
        "الزكاة|مصاريف|مصروفات|المصاريف|نفقات|التزامات|الالتزامات|أعباء|استثمار|اشترينا|الموردين|فواتير",
        "دفعات|دفعات شهرية|جزء الآن|جزء دلوقتي|جزء من|الباقي|والباقي|المتبقي|الجزء الباقي|على مراحل|على أجزاء|أجزاء|أقساط شهرية|دفعتين",
        "مهلة|إمهال|امهالنا|إمهالنا|مزيد من الوقت|وقت إضافي|بعض الوقت|شوية وقت|فترة سماح|تأجيل السداد|جدولة|إعادة جدولة|نرجو التكرم بقبول السداد|الصبر|صبركم",
        "ظروف صعبة|وقت صعب|فترة صعبة|الظروف الحالية|ظروفنا",
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
