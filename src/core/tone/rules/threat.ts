import type { PatternFamily } from "../rule";

/*
 * Threat: legal action, lawyers, courts, blacklists, collection agencies, reports to the
 * credit insurer, "final warning", "we will take measures", the end of the relationship.
 * Alarming words in a harmless sense ("our legal department approved the contract",
 * "final inspection", "we will take every step to keep your slot") are not threats, so the
 * rules name the threatening act, not the bare word.
 */

// What a firm rep may promise to do for the buyer: steps "to" these are effort, not threats.
const HELPFUL_EN =
  "^,? ?(to|in order to|so that|so as to|that will) (help|ensure|speed|expedite|keep|support|make sure|deliver|ship|accommodate|assist|meet|reserve|hold|secure your|protect your|avoid|prioriti[sz]e|get your|find|solve|resolve)";

// The goods and the trade terms (Incoterms) under which their risk passes to the buyer.
const TRADE_RISK_EN =
  "(?<!\\p{L})(goods|cargo|shipment|shipments|consignment|container*|pallets?|fob|exw|fca|fas|cfr|cif|cpt|cip|dap|dpu|ddp|incoterms?|on board|loaded|loading|transit|travel*|insur*|trade terms)(?!\\p{L})";

export const threat: PatternFamily = {
  kind: "patterns",
  category: "threat",
  negatable: true,
  rules: {
    en: [
      {
        match: [
          "(will|would|could|shall|is going to|are going to|may|might)~ (have|bring|carry|lead to|result in|entail|trigger|mean|face|draw) (some |certain |real |unpleasant |serious |further |its |their )?(consequences|repercussions)",
          "(there will be|there would be|there'll be|expect) (some |certain |real |unpleasant |serious |further )?(consequences|repercussions)",
          "not (go|remain|stay) without (consequences|repercussions)",
        ],
        say: "We would be glad to find a solution together.",
        notBefore: "(?<!\\p{L})(if you need|to avoid|avoid)(?!\\p{L})",
        notAfter:
          "^ ?(for|on) (the |your |our )?(schedule|delivery|deliveries|production|slot|shipment|shipping|timeline|lead time|eta|etd|price|prices|planning|loading)",
      },
      {
        match: [
          "(let|tell|inform|warn|notify|alert|show)~ (all |the |our |every )?(other|fellow|every other) (buyers|buyer|importers|customers|clients|suppliers|factories|manufacturers|exporters|dealers|distributors|traders|companies|members|wholesalers|partners)~ (know |see |hear )?(how|what|that|about|of) (you|your)",
          "(other|fellow) (buyers|importers|customers|clients|suppliers|factories|manufacturers|exporters|dealers|distributors|traders|companies|members|wholesalers)~ (will|would|should|are going to|need to|deserve to) (know|hear|learn|find out|be told|be warned|be informed)~ (how|what|that|about|of) (you|your)",
          "(post|publish|share|expose|name|spread)~ (your (name|company|case|story|payment (record|history|behaviour|behavior))|this (case|situation|story)|the (case|whole story))~ (in|on|with|to|across) (the |our |all |every |other )?(group|groups|forum|chamber|association|industry|market|social media|linkedin|facebook|wechat|whatsapp|buyers|suppliers|traders|dealers)",
          "(we|i)('ll| will| shall| are going to| will have to| would have to| will be forced to)~ (stop|cease|halt|suspend|cut off|freeze|block|cancel) (all|any|every) (future |further |pending |remaining |next )?(shipment|delivery|order|production|supply|business|cooperation)",
        ],
        say: "We value our cooperation and would like to keep it going.",
      },
      {
        match: [
          "(we|i)('ll| will| shall| would| may| might| must| have to| are going to| am going to| need to| had to| could| can)~ (take|initiate|start|commence|pursue|begin|resort to|proceed with|seek|consider|turn to|use|follow|go down|explore|file|bring) (all |any |the |appropriate |further |formal |necessary |available )?(legal|judicial|court) (action|actions|steps|proceedings|measures|means|route|channels|procedures?|recourse|remedies|process|options)",
          "(legal|judicial|court) (action|actions|steps|proceedings|measures|means|route|channels|procedures?|recourse|remedies|process)",
          "(take|taking|took|bring|bringing|drag|dragging|see|sue) (you|your company|your firm|this|this matter|the matter|it|the case|them)~ (to|in) (court|arbitration|a court|the court)",
          "(go|going|take it|bring it|turn|resort) to (a |the )?(court|courts|judge|tribunal|arbitration|litigation)",
          "(in|before) (a |the )?(court|courts|tribunal)( of law)?",
          "(file|filed|filing|lodge|lodged|bring|start|initiate|commence|open) (a |an )?(lawsuit|legal claim|legal case|court case|suit|claim in court|complaint in court|arbitration( case| claim)?|legal complaint)",
          "(sue|suing|sued) (you|your company|your firm|them)",
          "(we|i)('ll| will| shall| would| may| might| are going to| have to)~ sue",
          "(lawsuit|litigation|legal dispute)",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        // A lawyer in a payment reminder is a threat, unless the sentence is about contract work.
        match: [
          "(our|my|a|the|your)? ?(lawyers?|attorneys?|solicitors?|legal counsel|law firm|bailiffs?)",
        ],
        say: "We would be glad to find a solution together.",
        notBefore:
          "(contract|agreement|review*|approv*|draft*|check*|trademark|patent|registration|distribution|terms|on leave|vacation|holiday|visa|licen[cs]e|compliance|certificate|power of)",
        notAfter:
          "(contract|agreement|review*|approv*|draft*|check*|trademark|patent|registration|distribution|terms|on leave|vacation|holiday|visa|licen[cs]e|compliance|certificate)",
      },
      {
        match: [
          "(hand|pass|refer|forward|transfer|turn|give|send|escalate|submit|assign)(ed|ing|s)?~ (over )?to (our|my|a|the|an) (lawyers?|attorneys?|solicitors?|legal (department|team|counsel|advisers?|advisors?)|law firm|debt collectors?|debt collection agency|collection agency|collections agency|collection company|bailiffs?)",
          "(will|'ll|shall|would|must|have to|going to|forced to|obliged to|compelled to|no choice but to|need to|had to)~ (involve|engage|instruct|contact|consult|hire|bring in|get|call in|use|appoint)~ (our |my |a |the |an )?(lawyers?|attorneys?|solicitors?|legal (department|team|counsel)|law firm|bailiffs?)",
          "(our|my) (lawyers?|attorneys?|solicitors?|legal (department|team|counsel))~ (will|shall|is going to|are going to|would|may) (contact|be in touch|take|handle|deal|send|pursue|follow|proceed|start|reach out|get in touch)",
          "(letter|notice|demand) from (our|my|a|the) (lawyers?|attorneys?|solicitors?|legal department)",
          "(lawyers?|attorneys?|solicitors?|legal (department|team|counsel))~ (have been|has been|are|is|were|was) (instructed|engaged|appointed|asked) to",
          "hold (you|your company|your firm) (fully |personally |legally )?(liable|responsible|accountable)",
          "(instruct|instructed|engage|engaged|appoint|appointed)~ (our|a|the) (lawyers?|attorneys?|solicitors?|law firm|legal counsel)",
          "(recover|enforce) (the |this |our |your )?debt",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        match: ["black[ -]?list*"],
        say: "We value our cooperation and would like to keep it going.",
      },
      {
        match: [
          "(debt|payment) (collection|collections|recovery) (agency|agencies|company|companies|firm|agent|agents|service|services|partner)",
          "(collection|collections) (agency|agencies)",
          "debt collect*",
          "(debt|credit) recovery",
        ],
        say: "We would be glad to agree on a payment plan together.",
      },
      {
        match: [
          "(report|reporting|reported|notify|notifying|inform|informing|alert|contact|involve|submit|file|register|flag|escalate)~ (to |with )?(our |the |your )?(credit insur*|export credit (insur*|agency)|sinosure|coface|euler hermes|allianz trade|atradius|credit bureau|credit rating agenc*)",
          "(report|reporting|complain about|denounce)~ (you|your company|your firm|this|the case|the matter|it) to (the |our )?(chamber of commerce|embassy|consulate|police|alibaba|trade assurance|platform)",
          "(file|make|submit|lodge) (a |an )?(claim|complaint|report) (with|to) (our |the )?(credit insur*|sinosure|coface|euler hermes|allianz trade|atradius|police|alibaba)",
          "(file|make|submit|lodge) (a |an )?complaint (with|to) (the |our )?(chamber of commerce|embassy|consulate)",
          "(credit insur*|export credit insur*|sinosure|coface|euler hermes|allianz trade|atradius)~ (will|shall|must|has to|have to|would) be (notified|informed|involved|told|contacted)",
          "(report|expose|denounce|name and shame)~ (you|your company|your firm) (to|on|publicly|online)",
          "(tell|inform|warn|notify) (all |other )?(our )?(other )?(suppliers|factories|manufacturers|partners|companies|contacts|the market|the industry) (about|of) (you|your company|this)",
          "(tell|tells|telling|told|inform|informs|informing|informed|warn|warns|warning|warned|notify|notifying|alert|alerting|let|letting)~ (all |every |the |our |your )?(other |fellow )?(suppliers|factories|manufacturers|exporters|vendors|companies|traders|people|players|members|contacts) (in|of|from|across) (the|your|our|this) (market|industry|trade|sector|business|field|country|area|city|region|network|association|chamber)",
          "(tell|inform|warn|notify|alert)(s|ed|ing)?~ (all |the )?(other|all|fellow) (suppliers|factories|manufacturers|exporters|vendors)~ (about|of|that) (you|your|this|what|how|the situation|the case|the matter)",
          "(tell|inform|warn|alert)(s|ed|ing)? (the whole |the entire |everyone in |everybody in |all of )?(the|your|our) (market|industry|trade|sector)",
          "(share|spread|circulate|publish|post)(s|ed|ing)?~ (this|your|the) (case|story|payment record|payment history|name|details|experience)~ (with|to|among|on) (the |all |our |other )?(other )?(suppliers|factories|manufacturers|exporters|industry|market|trade groups|forums|social media|online)",
          "(damage|harm|hurt|ruin|affect|destroy|tarnish)~ your (reputation|credit rating|credit record|credit score|credit|name|standing|image)",
          "(negative|bad) (credit )?(record|rating|report|review) (for|on|about|against) (you|your company)",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        match: [
          "(final|last|formal) (warning|notice|demand|ultimatum)",
          "ultimatum",
          "(this is|it is|it's|consider this|this will be)~ (your|our|the|a|one) (last|final) (chance|reminder|opportunity|email|notice)",
          "(your|a) last chance",
          "(i|we) (will not|won't|shall not) (ask|remind you|write) again",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        match: [
          "(will|'ll|shall|would|must|have to|going to|need to|forced to|obliged to|compelled to|no (other )?(choice|option|alternative) but to|otherwise|or else|reserve the right to)~ (take|initiate|start|pursue|adopt|resort to|implement|use|apply) (further|necessary|appropriate|other|serious|strong|stronger|drastic|firm|corresponding|all necessary|the necessary|additional|all (available|possible|legal)|relevant|certain|tough|harsh|severe|formal|official|more serious|decisive)? ?(measures|steps|action|actions)( against (you|your company|your firm))?",
          "(further|legal|necessary|appropriate|other|serious|strong|stronger|drastic|firm|additional|all necessary|corresponding) (measures|steps|action|actions) (will|shall|must|would) (have to )?be taken",
        ],
        say: "We would be glad to find a solution together.",
        notAfter: HELPFUL_EN,
      },
      {
        match: [
          "(action|actions|measures|steps|proceedings|claim|case|complaint|proceed|move|legal)~ against (you|your company|your firm)",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        match: [
          "(you will|you'll|you shall|you would|you may|you might|you must)~ (face|bear|suffer|accept|take|be responsible for|be liable for|pay for) (the |all |all the |any |full )?(full |serious |legal |severe |further )?(consequences|legal costs|legal fees|responsibility for)",
          "(there will be|this will have|will have|will lead to|will result in|would lead to|would result in|could lead to) (serious|severe|legal|unpleasant|grave|dire) consequences",
          "legal consequences",
          "(serious|severe|unpleasant|grave|dire) consequences for (you|your company|your firm)",
          "(you will|you'll|you shall) (regret|be sorry)",
          "(you will be|you'll be) (held )?(fully |personally )?(responsible|liable) for (all |any )?(the )?(consequences|costs|legal|losses|damages)",
        ],
        say: "We would like to avoid any difficulty for both of us.",
      },
      {
        // Where the risk of the goods passes under the trade terms (FOB: once loaded) it is a
        // fact of the contract, not a threat.
        match: ["at your (own )?risk"],
        say: "We would like to avoid any difficulty for both of us.",
        notBefore: TRADE_RISK_EN,
        notAfter: TRADE_RISK_EN,
      },
      {
        match: [
          "(stop|end|terminate|cease|suspend|cut off|break off|discontinue)( all| any)?( of)?( our| the| this| your)?( good| long| long-term| business)?( further| future)? (cooperation|business relationship|business relations|relationship|partnership|working with you|doing business with you|business with you|all business|future orders|future business|dealings with you)",
          "never (again )?(work|do business|cooperate|deal|trade) with (you|your company) again",
          "(stop|stopping|suspend|suspending|halt|halting|cease|ceasing|cut off|cutting off|freeze|freezing|block|blocking)( all| any| every)( future| further)? (shipments|deliveries|supplies|supply|orders|production|business|trade)",
          "(will|'ll|shall) (not|never) (work|do business|cooperate|deal|trade) with (you|your company) (again|any ?more|in the future)",
        ],
        say: "We value our cooperation and would like to keep it going.",
      },
      {
        // Stopping shipments or ending the contract, announced as what we will do.
        match: [
          "(we|i)('ll| will| shall| are going to| will have to| would have to| will be forced to)~ (stop|cease|halt|suspend|cut off|freeze|block) (all |any |the |your |further |future |pending |remaining |open ){0,2}(shipments|deliveries|supplies|supply)",
          "(we|i)('ll| will| shall| are going to| will have to| would have to| will be forced to)~ (terminate|cancel|rescind) (the |our |your |this )?(contract|agreement|cooperation|partnership|business relationship)",
          "(consequences|repercussions) for (you|your company|your firm|our (cooperation|relationship|partnership|business( relationship)?|future business))",
        ],
        say: "We value our cooperation and would like to keep it going.",
      },
      {
        // Charges, resale, cancellation and exposure announced as punishment.
        match: [
          "(we|i)('ll| will| shall| are going to| will have to| will be forced to)~ (charge|apply|impose|add|levy|invoice|bill)~ (late|penalty|default|overdue|punitive) ?(payment )?(interest|fees?|penalty|penalties|charges?|surcharges?)",
          "(otherwise|failing which|failing that|or else)~ (penalty|late|default|punitive)~ (interest|fees?|penalty|penalties|charges?)",
          "(we|i)('ll| will| shall| are going to| will have to| will be forced to)~ (sell|resell)~ (goods|cargo|stock|products|merchandise|order|containers?)~ (to )?(another|other|a different|a third) (buyers?|customers?|clients?|party)",
          "(failure|failing) to (pay|settle|remit|transfer|make (the )?payment)~~ (will|shall|would|may|could) (result in|lead to|incur|trigger|attract|cause)",
          "(non-payment|nonpayment|non payment)~~ (will|shall|would|may|could) (result in|lead to|incur|trigger|attract|cause)",
          "(or|otherwise|or else)~ (lose|forfeit) (your|the) (deposit|down payment|advance|advance payment|prepayment)",
          "(or|otherwise|or else) (you will |you'll )?face (late |penalty |default )?(fees|penalties|charges|interest)",
          "(deposit|down payment|advance)~ (will|shall) be (forfeited|kept|retained|lost)",
          "(we|i)('ll| will| shall| are going to)~ (publish|post|expose|name)~ (your|you|this|it)~ (publicly|online|on (our|the|social|linkedin|facebook|the internet)|as (a )?(bad payer|defaulter|debtor))",
          "make (this|it|your (name|company)) public",
          "(otherwise|or else|failing which|no (other )?(choice|option) but to)~ escalate",
          "(list|register|registry|database) of (bad|defaulting|non-paying) (debtors|payers|customers|buyers)",
          "(defaulters?|bad payers?|bad debtors?) (list|register|registry)",
          "(goods|cargo|containers?)~ (will|shall) be (auctioned|confiscated|abandoned|disposed of)",
          "go to (your|the) (local )?chamber( of commerce)?",
        ],
        say: "We would be glad to find a solution together.",
      },
      {
        match: [
          "(we|i)('ll| will| shall| are going to| will have to| will be forced to)~ cancel (all |any )?(of )?(your |the |our )?(pending |open |remaining |future |outstanding |current )?(orders|order|contract|contracts|po|pos)",
        ],
        say: "We value our cooperation and would like to keep it going.",
        notAfter:
          "^[^.!?]{0,40}(as (you )?(requested|asked|agreed|discussed|instructed)|per your|if you (wish|prefer|want|like)|at your request|for you)",
      },
      {
        match: [
          "(you )?(leave|give) us no (other )?(choice|option|alternative)",
          "(don't|do not) (force|make|push) us (to|into)",
          "(we|i)('ll| will| shall| are going to)~ (contact|inform|notify|tell|alert|write to)~ your (customers|clients|buyers|bank|banks|government|authorities|ministry)",
          "(report|reporting)~ (this|you|your company|the matter|it) to the (authorities|police|ministry|government|regulator)",
          "(will|'ll|shall) not hesitate to (take|protect|defend|pursue|enforce|use|involve|escalate|report|contact)",
          "(by|with) all (legal |available |possible )?means",
          "(matter|case|file|account|debt|claim)~ (will|shall) be (handled|taken over|managed|pursued) by (our|the) (legal|lawyers?|attorneys?|solicitors?)",
          "(make sure|ensure|let) (everyone|everybody|the (whole )?(market|industry))~ (knows?|hears?|learns?)",
        ],
        say: "We would be glad to find a solution together.",
      },
    ],
    zh: [
      {
        match: [
          "(在|到|去|往)…(商会|协会|行业群|同行群|群里|群内|朋友圈|圈子里|论坛|公众号|微博|抖音|领英|展会上)…(说清楚|讲清楚|说明白|讲明白|曝光|公开|说一说|说说|讲讲|发出来|通报|宣传|揭露|挂出来)",
          "(让|告诉|通知|提醒|转告)…(其他|别的|同行)(的)?…(客户|买家|供应商|工厂|厂家|同行|经销商|商家|采购商|市场)…(知道|了解|看看|看清|认清)",
          "(把|将)(你们|你|贵司|您)?…(事情|情况|这件事|事|做法|行为|名字)…(曝光|公开|挂出来|发到群|发到网上|公之于众)",
          "(会|将|必然|必将|肯定会|一定会)(有|产生|带来|造成|承担)…后果",
          "后果(会)?(很|非常|将很)?(严重|不堪设想)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
        notBefore: "(如果|为了避免|避免)",
      },
      {
        match: [
          "(将|会|就|只能|不得不|被迫|只好|必须|将会|将不得不|要|准备|考虑|保留)…(采取|诉诸|通过|走|启动|寻求|动用|使用)(法律|司法)(手段|途径|程序|行动|措施|诉讼|方式)",
          "(法律|司法)(手段|途径|程序|行动|措施|诉讼|追诉)",
          "追究…(法律)?责任",
          "(起诉|诉讼|打官司|上法庭|告上法庭|诉诸法庭|诉至法院|法院|法庭|律师函|律师信)",
          "(申请|提起|提交|提请|启动)(仲裁|诉讼)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
      },
      {
        match: ["律[师師]"],
        say: "我们很愿意和您一起找到解决办法。",
        notBefore: "(合同|协议|审核|审阅|审查|起草|商标|专利|注册|休假|许可|合规|证书)",
        notAfter: "(合同|协议|审核|审阅|审查|起草|商标|专利|注册|休假|许可|合规|证书)",
      },
      {
        match: [
          "(交给|移交|转交|转给|交由|委托|交到|聘请)…(律师|律[师師]事务所|催收|追债|讨债|收账)",
          "(此事|这件事|该事项|此案|本案|欠款|账款|这笔款|该笔款项|案件)…(交给|移交|转交|转给|交由|提交给?)…(律师|法务|法院)",
          "(我们|我司)的(律师|法务|法务部门|法务部)(将|会|即将|马上)…(联系|处理|介入|跟进|发函)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
      },
      {
        match: ["黑名单"],
        say: "我们非常珍视与贵司的合作，也希望能继续下去。",
      },
      {
        // "收账后会立即安排生产": 收账 alone is the payment received; with 公司 it is collection.
        match: [
          "(催收|讨债|追债)(公司|机构|部门)?",
          "收账(公司|机构|部门)",
          "(讨|追)(回)?(欠款|债务)",
        ],
        say: "我们可以一起商量一个付款计划。",
      },
      {
        match: [
          "(上报|通报|报给|报到|报案|报损|报告|提交|反映|移交|转交|通知)(给|到|至)?…(中信保|中国信保|信保|出口信用保险|信用保险|商会|大使馆|领事馆|警方|公安|阿里巴巴)",
          "(中信保|中国信保|出口信用保险公司|信用保险公司)…(报损|索赔|理赔|立案|追偿|介入|追讨)",
          "(向|给|到)(中信保|中国信保|信保|出口信用保险公司|信用保险公司|保险公司|商会|大使馆|领事馆|警方|公安|阿里巴巴)…(上报|报案|报损|通报|索赔|投诉|举报)",
          "(通知|告知|联系|知会)(给)?…(中信保|中国信保|信保|信用保险|出口信用保险)",
          // Not an alarm as a product: 烟雾报警器, 报警系统.
          "报警(?!器|灯|铃|系统|装置|功能|模块|信号|主机)",
          "曝光",
          "(在|向)(行业|业内|同行|圈内|全行业)(内|里|中)?(通报|曝光|公布|公开)",
          "(投诉|举报)(你们|你|您|贵司|贵公司)",
          // 信用证 is a letter of credit, not the buyer's credit.
          "(影响|损害|毁掉|破坏)…(声誉|信誉|名声|信用(?!证)|征信)",
          "(告诉|通知|提醒)(其他|所有)(的)?(供应商|工厂|同行|客户)",
          "(通报|告知|告诉|通知|知会|转告|曝光|散布)(给)?(行业|业内|同行|圈内|全行业)…(其他|其它|别的|所有|全部)?(的)?(供应商|工厂|厂家|同行|出口商|商家)?",
          "(贵司|你们|你司|此事|这件事|这事|拖欠|欠款|情况)…(通报|告知|告诉|通知|知会|转告|公布|曝光|发给|发到|散布)(给)?…(其他|其它|别的|所有|全部|整个)(的)?(供应商|工厂|厂家|同行|出口商|商家|行业)",
          "(行业|业内|同行|圈内|全行业)(内|里|中|上)?(的)?…(通报|曝光|传开)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
      },
      {
        match: [
          "最后(一次)?(警告|通牒|通知|机会)",
          "最后的(警告|通牒|机会)",
          "最后一次(提醒|催款|催促)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
      },
      {
        match: [
          "(将|会|只能|不得不|被迫|只好|必须|将会|保留)…(采取|启动|动用)(进一步|必要|相应|其他|一切|所有|强制|严厉|非常|更严厉|更强硬)?的?(措施|手段|行动)",
          "保留…(追究|采取|起诉)…(权利|权力)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
        notAfter:
          "^[，,]?(来|以|去|用以|以便|从而)?(确保|保证|帮|协助|加快|加急|赶|配合|保障|满足|支持|保住|保留您|解决|按时|保护|防止|避免|提高|改善|优化|减少|降低|控制|完善|跟进)",
      },
      {
        match: [
          "(一切|所有|全部|法律)(的)?后果",
          "后果自负",
          "承担…后果",
          "(由|请)(你们|你|您|贵司|贵方)(方)?…承担…(责任|损失)",
        ],
        say: "我们希望避免给双方带来任何麻烦。",
      },
      {
        match: [
          "(停止|终止|中止|结束|断绝|取消)(与|和)?(你们|你|您|贵司|贵公司)?(的)?(一切|所有|全部|今后的?|后续的?|以后的?)?(合作|业务往来|生意往来|往来|商业关系)",
          "(不再|再也不|永远不)(与|和|跟)…(合作|做生意|来往)",
          "(停止|暂停|中止|终止|切断)(对|向|给)?(你们|你|您|贵司|贵公司|贵方)?(的)?(一切|所有|全部|今后的?|后续的?|以后的?)(发货|供货|出货|订单|生产)",
          "(停止|中止|终止|切断)(对|向|给)(你们|你|您|贵司|贵公司|贵方)(的)?(发货|供货|出货)",
        ],
        say: "我们非常珍视与贵司的合作，也希望能继续下去。",
      },
      {
        match: [
          "合作(就|也)?到此为止",
          "(以后|今后|后续|之后|往后)的?(订单|单子|生意)…(一概|都|全部|统统)?不(再)?(接|做|发|生产|合作)",
          "(解除|终止|撤销)(合同|协议|合作协议)",
        ],
        say: "我们非常珍视与贵司的合作，也希望能继续下去。",
      },
      {
        match: [
          "(收取|加收|征收|计收|按|支付|罚)…(滞纳金|违约金|罚息|罚金|逾期利息)",
          "(滞纳金|违约金|罚息|罚金|逾期利息)…(收取|计算|计收|加收|由贵司承担|由你们承担)",
          "(转卖|转售|卖)给(别的|其他|其它)(客户|买家|人)",
          "(否则|不然)…(失去|损失|没收|扣除|扣掉|不退)…(定金|订金|预付款)",
          "(未能|未|没有)…(付款|支付|结清|付清)…(将|会)(导致|产生|面临|被收取|被加收)…(滞纳金|违约金|罚息|罚金|逾期利息|罚款)",
          "(定金|订金|预付款)(不退|不予退还|没收)",
          "(公开|曝光|发到)…(这件事|此事|你们|贵司)",
          "(把|将)(你们|贵司|你|您)?(列入|拉进|加入)…(名单|黑名单)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
        notBefore: "(如果您|若您)",
      },
      {
        match: [
          "(不给|没给)(我们|我方)(留)?(余地|退路|选择)",
          "(别|不要)逼(我们|我)",
          "(我们|我司)(会|将|就)?…(联系|通知|告诉|找)(你们|贵司|你)的(客户|下游|银行|买家)",
        ],
        say: "我们很愿意和您一起找到解决办法。",
      },
    ],
    es: [
      {
        match: [
          "(traerá|traería|tendrá|tendría|acarreará|acarrearía|conllevará|conllevaría|generará|generaría|implicará|implicaría|habrá|habría|tendrán|tendrían|traerán|traerían)~ (consecuencias|repercusiones)",
          "no (quedará|quedaría|va a quedar|se quedará) sin (consecuencias|repercusiones)",
        ],
        say: "Con gusto buscaremos juntos una solución.",
        notBefore: "(?<!\\p{L})(si necesita|evitar)(?!\\p{L})",
        notAfter:
          "^ ?(en|para|sobre) (el |la |los |las |su |sus |nuestro |nuestra )?(plazo|plazos|producción|entrega|entregas|calendario|envío|envíos|fecha|fechas|precio|precios|programación|embarque)",
      },
      {
        match: [
          "(comentar*|contar*|cuent*|informar*|avisar*|decir*|diremos|diré|compartir*|comunicar*|explicar*|advertir*)~ (a |con )?(los |las |el resto de los |el resto de las )?(demás|otros|otras|resto de) (distribuidores|importadores|clientes|compradores|proveedores|fabricantes|empresas|comerciantes|colegas|mayoristas|socios)~ (cómo|como|lo que|sobre|acerca|de qué|la forma|el modo|que usted|que ustedes)",
          "(los |las )?(demás|otros|otras) (distribuidores|importadores|clientes|compradores|proveedores|fabricantes|empresas|comerciantes|colegas|mayoristas)~ (sepan|se enteren|conozcan|sabrán|se enterarán|conocerán)~ (cómo|como|lo que|de|que usted|que ustedes|sobre)",
          "(su|sus) (historial|comportamiento|forma|manera|hábitos) de pago~ (con|a) (los |las )?(demás|otros|otras|todo el|el) (distribuidores|importadores|clientes|proveedores|fabricantes|mercado|sector|gremio)",
        ],
        say: "Valoramos nuestra colaboración y queremos mantenerla.",
      },
      {
        match: [
          "((nos veremos|nos vemos|estaremos|quedaremos|vamos a vernos|me veré|me veo) (obligados|forzados|obligado|forzado|en la obligación) a~ )?(iniciar|emprender|tomar|adoptar|interponer|presentar|proceder con|recurrir a|ejercer|llevar a cabo|empezar|comenzar|emprenderemos|iniciaremos|tomaremos) (las |unas |todas las )?(acciones|acción|medidas|vías|vía|procedimientos|procedimiento|pasos) (legales|judiciales|jurídicas|jurídicos|legal|judicial)",
          "(acciones|acción|medidas|vías|procedimientos|procedimiento|pasos|reclamación) (legales|judiciales|jurídicas|jurídicos|legal|judicial)",
          "(por )?la vía (judicial|legal)",
          "(presentar|interponer|poner|iniciar|presentaremos|interpondremos|pondremos) (una )?(demanda|denuncia|querella|reclamación judicial)",
          "demanda (judicial|legal)",
          "(demandarles|demandarle|demandarlos|demandarlas|demandarla|demandarlo|demandaremos|los demandaremos|le demandaremos|les demandaremos)",
          "(ante|a) (los )?(tribunales|juzgados|juez|juzgado)",
          "(en|a) los (tribunales|juzgados)",
          "(llevar|llevarle|llevarles|llevaremos) a juicio",
          "(pleito|litigio)",
          "(iniciar|solicitar|presentar|someter|recurrir al|llevar al) (un |el )?arbitraje",
        ],
        say: "Con gusto buscaremos juntos una solución.",
      },
      {
        match: ["(nuestro|nuestros|nuestra|un|una|el|los|la|mi|sus?)? ?(abogad[oa]s?|bufete)"],
        say: "Con gusto buscaremos juntos una solución.",
        notBefore:
          "(contrato|acuerdo|revis*|aprob*|redact*|marca|patente|registro|vacaciones|licencia|certificado)",
        notAfter:
          "(contrato|acuerdo|revis*|aprob*|redact*|marca|patente|registro|vacaciones|licencia|certificado)",
      },
      {
        match: [
          "(remitid[oa]|trasladad[oa]|enviad[oa]|entregad[oa]|derivad[oa]|pasará|pasaremos|pasar|trasladar|remitir|entregar|derivar|enviar|poner|dejar|pasaremos|trasladaremos|remitiremos|entregaremos|pondremos|dejaremos)~ (en manos de|a|al) (nuestro |nuestros |nuestra |un |el |los |la )?(abogado|abogados|abogada|asesor jurídico|asesoría jurídica|departamento legal|departamento jurídico|bufete|agencia de cobro|agencia de cobros)",
          "(nuestro|nuestros|el|los|nuestra) (abogado|abogados|abogada|departamento legal|departamento jurídico|asesor legal|asesor jurídico)~ (se pondrá|se pondrán|le contactará|les contactará|tomará|tomarán|procederá|procederán|iniciará|iniciarán)",
          "carta (de|del) (nuestro |un )?(abogado|bufete)",
        ],
        say: "Con gusto buscaremos juntos una solución.",
      },
      {
        match: ["lista negra", "blacklist"],
        say: "Valoramos mucho nuestra colaboración y queremos que continúe.",
      },
      {
        match: [
          "(agencia|agencias|empresa|empresas|compañía|despacho|servicio|gestora)s? de (cobro|cobros|recobro|recuperación de deudas|cobranza|cobranzas)",
          "cobro judicial",
          "cobrador(es)?( de deudas)?",
        ],
        say: "Con gusto acordaremos juntos un plan de pago.",
      },
      {
        match: [
          "(inform*|notific*|comunic*|report*|declar*|denunci*|traslad*|remit*|ced*|dar parte|daremos parte|dará parte)~ (a|al|a la|ante|con) (nuestra |nuestro |la |el |su )?(aseguradora( de crédito)?|compañía de seguros de crédito|compañía de seguro de crédito|seguro de crédito|cesce|coface|crédito y caución|solunion|sinosure|policía)",
          "(inform*|avis*|advert*|alert*|comunic*|cont*|dec*|difund*|divulg*)~ (a )?(los |todos los |el resto de |otros |las |todas las |otras )?(demás |otros |otras )?(proveedores|fabricantes|fábricas|exportadores|empresas) (del|de la|de nuestro|de su|en el|en su|en nuestro) (sector|mercado|industria|gremio|rubro|país|zona|asociación)",
          "(inform*|avis*|advert*|alert*|comunic*|dec*)~ (a )?(los |todos los |el resto de |otros )?(demás|otros) (proveedores|fabricantes|fábricas|exportadores)~ (sobre|acerca de|de) (su|sus|usted|ustedes|esta|este|esto|lo|la situación|el caso)",
          "(informar*|informamos|informaré|avisar*|avisamos|avisaré|advertir*|advertimos|advertiré|alertar*|alertamos|alertaré)~ (a )?(todo )?(el|al) (sector|mercado|gremio)",
          "(dañar|afectar|perjudicar|arruinar|manchar)~ (su|la) (reputación|historial crediticio|calificación crediticia|imagen|crédito)",
        ],
        say: "Con gusto buscaremos juntos una solución.",
      },
      {
        match: [
          "(último|ultimo) (aviso|requerimiento)",
          "última (advertencia|oportunidad|notificación)",
          "ultimátum",
          "(este es|es) (el|su|nuestro) último (recordatorio|correo|mensaje)",
        ],
        say: "Con gusto buscaremos juntos una solución.",
      },
      {
        match: [
          "(tomar|tomaremos|tomaríamos|adoptar|adoptaremos|aplicar|aplicaremos|emprender|emprenderemos) (otras |las |todas las |unas )?(medidas|acciones) (necesarias|oportunas|pertinentes|correspondientes|adicionales|más severas|severas|contundentes|drásticas|firmes|serias)",
          "(tomaremos|adoptaremos|tendremos que tomar|tendremos que adoptar) medidas",
          "(medidas|acciones) (en su contra|contra (usted|ustedes|su empresa))",
        ],
        say: "Con gusto buscaremos juntos una solución.",
        notAfter:
          "^,? ?(para|a fin de|con el fin de) (asegurar|garantizar|acelerar|ayudar|cumplir|mantener|reservar|agilizar|proteger su|facilitar|entregar|enviar)",
      },
      {
        match: [
          "(atenerse|atenga|atengan|atendrá|atendrán|aténgase|aténganse) a las consecuencias",
          "todas las consecuencias",
          "consecuencias (legales|jurídicas|judiciales)",
          "(asumir|asumirá|asumirán|asuma|asuman) (las|todas las) consecuencias",
          "bajo su (propia |entera )?responsabilidad",
          "(se arrepentirá|se arrepentirán)",
        ],
        say: "Queremos evitar cualquier dificultad para ambas partes.",
      },
      {
        match: [
          "(suspender|cancelar|terminar|finalizar|romper|cortar|interrumpir|cesar|suspenderemos|cancelaremos|terminaremos|romperemos|cortaremos|pondremos fin a|poner fin a)~ (toda |la |nuestra |cualquier |las |nuestras )?(colaboración|cooperación|relación comercial|relaciones comerciales|relación|futuros pedidos|negocios)",
          "no (volveremos|volveré|vamos) a (trabajar|colaborar|hacer negocios|comprar|vender) con (usted|ustedes|su empresa)",
          "(suspender|suspenderemos|detener|detendremos|paralizar|paralizaremos|cortar|cortaremos|bloquear|bloquearemos|congelar|congelaremos)~ (todos los|todas las|cualquier) (futuros |próximos |demás )?(envíos|embarques|suministros|entregas|pedidos|despachos)",
        ],
        say: "Valoramos mucho nuestra colaboración y queremos que continúe.",
      },
      {
        match: [
          "(suspenderemos|detendremos|cortaremos|paralizaremos|bloquearemos|congelaremos|cancelaremos|vamos a suspender|vamos a detener|vamos a cortar) (los |todos los |las |todas las |cualquier |sus )?(futuros |próximos |demás )?(envíos|embarques|suministros|entregas|despachos)",
          "(daremos|dar|vamos a dar) por (terminada|terminado|finalizada|finalizado|concluida|rota|rescindido|rescindida) (la |el |nuestra |nuestro )?(relación|colaboración|cooperación|contrato|acuerdo)",
          "(rescindiremos|rescindir|vamos a rescindir|resolveremos) (el|nuestro|este) (contrato|acuerdo)",
          "consecuencias para (usted|ustedes|su empresa|nuestra (relación|colaboración|cooperación))",
        ],
        say: "Valoramos mucho nuestra colaboración y queremos mantenerla.",
      },
      {
        match: [
          "(aplicaremos|cobraremos|cargaremos|facturaremos|impondremos|vamos a (cobrar|aplicar|cargar))~ (intereses|recargos?|penalizaci(ón|ones)|multas?|mora)",
          "(venderemos|revenderemos|vamos a vender)~ (mercancía|mercadería|carga|producción|pedido|contenedor|productos)~ (a )?(otro|otros|un tercer) (cliente|clientes|comprador|compradores)",
          "(nos quedaremos con|retendremos|perderá|perderán) (el |su )?(anticipo|depósito|adelanto)",
          "(pierda|pierdan) (el |su |sus )?(anticipo|depósito|adelanto)",
          "(la falta de pago|el impago|el no pago|la falta de abono)~~ (dará lugar a|resultará en|conllevará|implicará|generará|supondrá|acarreará|ocasionará|provocará)",
          "(anticipo|depósito|adelanto) se (perderá|pierde)",
          "(publicaremos|haremos público|difundiremos)~ (su|el nombre|la situación|el caso|esto)",
          "(tomaremos|adoptaremos|tendremos que tomar|tendremos que adoptar) (otras |las )?medidas",
          "(registro|lista|listado|base de datos) de (morosos|deudores|impagados)",
          "(cancelaremos|anularemos|vamos a cancelar) (todos |todas )?(los |las |sus )?(pedidos|órdenes|contratos)",
          "(quedará|quedarán) (fichad[oa]s?|marcad[oa]s?)",
          "(iremos|acudiremos|recurriremos) (a |a los |al )?(juicio|tribunales|juzgado)",
          "(daremos aviso|informaremos|avisaremos)~ (a la )?(cámara de comercio|embajada|consulado)",
        ],
        say: "Nos gustaría encontrar una solución juntos.",
      },
      {
        match: [
          "no (nos|me) (deja|dejan|deja usted|dejan ustedes) (otra |más )?(opción|alternativa|remedio|salida)",
          "no (nos|me) (obliguen|obligue|fuercen|fuerce) a",
          "(informaremos|avisaremos|contactaremos|notificaremos)~ (a )?(su|sus) (banco|bancos|clientes|compradores)",
          "no descartamos~ (acciones|medidas|vía|vías|demanda)",
        ],
        say: "Nos gustaría encontrar una solución juntos.",
      },
    ],
    fr: [
      {
        match: [
          "(aura|aurait|auront|auraient|entraînera|entraînerait|entraîneront|engendrera|engendrerait|provoquera|provoquerait|emportera|aura pour effet)~ (des |de |les |certaines |sérieuses |graves |lourdes )?(conséquences|répercussions)",
          "(il y aura|il y aurait) (des |de )?(sérieuses |graves |lourdes )?(conséquences|répercussions)",
          "ne (restera|resterait|sera|serait) pas sans (conséquences|suite|suites|répercussions)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
        notBefore: "(?<!\\p{L})(pour éviter|éviter)(?!\\p{L})",
        notAfter:
          "^ ?(sur|pour) (le |la |les |votre |vos |notre |nos )?(planning|production|livraison|livraisons|calendrier|délai|délais|expédition|prix|chargement)",
      },
      {
        match: [
          "(vos|les|nos|d'autres|des) autres (fournisseurs|clients|partenaires|distributeurs|acheteurs|importateurs|confrères|fabricants|usines|grossistes|négociants)~ (apprennent|sachent|découvrent|soient informés|soient au courant|apprendront|sauront|découvriront|entendent parler|entendront parler)",
          "(informer|informerons|prévenir|préviendrons|avertir|avertirons|dire|dirons|raconter|raconterons|parler|parlerons|signaler|signalerons|partager|partagerons)~ (à |aux |avec )?(les |vos |nos |d')?(autres) (fournisseurs|clients|partenaires|distributeurs|acheteurs|importateurs|confrères|fabricants|grossistes|négociants)~ (comment|de la façon|de la manière|ce que|de votre|sur votre|votre|vos)",
        ],
        say: "Nous tenons à notre collaboration et souhaitons la poursuivre.",
      },
      {
        match: [
          "(nous serons|nous sommes|je serai|je suis|nous nous verrons|nous allons être) (contraints|obligés|forcés|contraint|obligé|forcé|dans l'obligation) (d'|de) ?(\\p{L}{1,20} ){0,3}(engager|entamer|intenter|lancer|saisir|recourir|prendre|introduire|initier|confier)~ (procédure|procédures|poursuites|justice|tribunal|tribunaux|avocat|avocats|action en justice|voie judiciaire|voie légale|mesures juridiques|mesures judiciaires|huissier|contentieux)",
          "(action|actions|poursuites|poursuite|procédure|procédures|mesures|voie|voies|démarches|recours) (judiciaires|judiciaire|juridiques|juridique|légales|légale|contentieuses|contentieuse)",
          "(engager|intenter|entamer|lancer|introduire|initier|engagerons|intenterons|entamerons|lancerons) (une |des |la )?(procédure|poursuites|action en justice|actions en justice)",
          "en justice",
          "(devant|aux|au) (le |les )?(tribunal|tribunaux|juge|justice)",
          "saisir (le tribunal|la justice|les tribunaux|le juge|notre avocat|un avocat)",
          "(contentieux|mise en demeure|huissier|huissiers)",
          "(porter|porterons|porterai|portons|déposer|déposerons|déposerai|déposons) (une )?plainte",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
      {
        match: ["(notre|nos|mon|mes|un|l'|cabinet d')\\s?avocats?", "huissiers?"],
        say: "Nous serions heureux de trouver une solution ensemble.",
        notBefore:
          "(contrat|accord|relu|relire|valid*|approuv*|rédig*|marque|brevet|enregistrement|congé|vacances|licence|certificat)",
        notAfter:
          "(contrat|accord|relu|relire|valid*|approuv*|rédig*|marque|brevet|enregistrement|congé|vacances|licence|certificat)",
      },
      {
        match: [
          "(transmettre|confier|remettre|transférer|passer|soumettre|transmettrons|confierons|remettrons|transférerons|transmis|confié)~ (à|a|au) (notre|nos|un|mon|le) (avocat|avocats|service juridique|conseil juridique|cabinet d'avocats|service contentieux|service de recouvrement|société de recouvrement)",
          "(notre|nos|mon) (avocat|avocats|service juridique)~ (vous contactera|vous contacteront|prendra|prendront|se chargera|se chargeront|va vous|vont vous|engagera|engageront)",
          "(faire appel|recourir|recours) (à|a) (un|notre|nos|des) (avocat|avocats|huissier|huissiers|société de recouvrement|cabinet de recouvrement)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
      {
        match: ["liste noire", "blacklist*"],
        say: "Nous tenons à notre collaboration et souhaitons la poursuivre.",
      },
      {
        match: [
          "(société|agence|cabinet|organisme|service)s? de recouvrement",
          "recouvrement (judiciaire|forcé|contentieux)",
        ],
        say: "Nous serions heureux de convenir ensemble d'un échéancier.",
      },
      {
        match: [
          "(déclar*|signal*|dénonc*|notifi*|informer|informerons|informons)~ (à |auprès de |au |a |aux )?(notre |l'|la |le |nos |les )?(assureur[- ]crédit|assurance[- ]crédit|coface|euler hermes|allianz trade|atradius|sinosure|police)",
          "(nuire à|ternir|entacher|affecter|porter atteinte à|nuire a)~ (votre|à votre) (réputation|image|crédit|notation|cote de crédit)",
          "(inform*|prévenir|préviendrons|préviendra|avertir|avertirons|avertira|alert*|signal*|dire)~ (à )?(tous |toutes )?(les|nos|aux) (autres )?(fournisseurs|fabricants|usines|exportateurs|confrères|entreprises|acteurs) (du|de la|de notre|de votre|dans le|dans votre|sur le) (secteur|marché|filière|profession|branche|pays|région|réseau)",
          "(inform*|prévenir|préviendrons|préviendra|avertir|avertirons|avertira|alert*|signal*)~ (à )?(tous |toutes )?(les|nos|aux) autres (fournisseurs|fabricants|usines|exportateurs|confrères)~ (de|sur|à propos de|au sujet de) (votre|vos|vous|cette|ce|la situation|l'affaire)",
          "(inform*|prévenir|préviendrons|avertir|avertirons|alert*)~ (tout )?(le|la) (secteur|marché|profession|filière)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
      {
        match: [
          "(dernier|ultime) (avertissement|avis)",
          "ultimatum",
          "(c'est|ceci est|il s'agit de) (votre|notre|la|le|un|une) (dernière|ultime|dernier) (chance|relance|rappel|avertissement)",
          "dernière (chance|mise en garde|sommation)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
      {
        match: [
          "(prendre|prendrons|adopter|adopterons|engager|engagerons|devrons prendre|serons contraints de prendre) (des |les |toutes les |d'autres )?(mesures|dispositions) (nécessaires|qui s'imposent|appropriées|adéquates|supplémentaires|plus sévères|sévères|radicales|fermes|contraignantes)",
          "(nous )?(prendrons|allons prendre|devrons prendre|serons contraints de prendre) des mesures",
          "(mesures|démarches) (contre vous|à votre encontre|à l'encontre de votre société)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
        notAfter:
          "^,? ?(pour|afin de|afin d') ?(assurer|garantir|accélérer|aider|respecter|tenir|réserver|maintenir|livrer|expédier|faciliter|protéger votre)",
      },
      {
        match: [
          "toutes les conséquences",
          "conséquences (juridiques|judiciaires|légales)",
          "(en |vous en )?(assumer|assumerez|supporterez|subirez|supporter|subir) (les |toutes les )?conséquences",
          "à vos (risques et périls|propres risques)",
          "(vous le regretterez|vous allez le regretter)",
        ],
        say: "Nous souhaitons éviter toute difficulté de part et d'autre.",
      },
      {
        match: [
          "(cesser|mettre fin à|suspendre|rompre|arrêter|interrompre|terminer|cesserons|mettrons fin à|suspendrons|romprons|arrêterons)~ (toute |notre |la |nos |les )?(collaboration|coopération|relation commerciale|relations commerciales|relation|partenariat|relations)",
          "ne plus (jamais )?(travailler|collaborer|traiter) avec (vous|votre société)",
          "(suspendre|suspendrons|arrêter|arrêterons|stopper|stopperons|bloquer|bloquerons|geler|gèlerons|cesser|cesserons)~ (toutes les|tous les|toute|tout) (futures |prochaines |autres |futurs |prochains |autres )?(livraisons|expéditions|commandes|envois|approvisionnements|fournitures|production)",
        ],
        say: "Nous tenons à notre collaboration et souhaitons la poursuivre.",
      },
      {
        match: [
          "(nous )?(suspendrons|arrêterons|stopperons|bloquerons|gèlerons|cesserons|interromprons|allons suspendre|allons arrêter|allons bloquer) (les |toutes les |tous les |nos |vos )?(futures |prochaines |autres |futurs |prochains )?(livraisons|expéditions|envois|approvisionnements)",
          "(résilierons|allons résilier|devrons résilier|résilier) (le |notre |ce )?(contrat|accord)",
          "conséquences (pour vous|pour votre société|pour votre entreprise|(pour|sur) notre (collaboration|relation|coopération|partenariat))",
        ],
        say: "Nous tenons beaucoup à notre collaboration et souhaitons la poursuivre.",
      },
      {
        match: [
          "(facturerons|appliquerons|imposerons|réclamerons|allons facturer|allons appliquer)~ (pénalités|intérêts|majorations|frais)",
          "(à défaut|sinon|faute de (quoi|paiement|règlement))~ (pénalités|intérêts|majorations)~ (seront|vont être) (appliqué|facturé|réclamé)*",
          "(revendrons|vendrons|allons revendre)~ (marchandise|produits|commande|conteneur|stock)~ (à )?(un autre|d'autres) (client|clients|acheteur|acheteurs)",
          "(perdrez|perdez|perdriez) (votre |vos |l'|les )?(acompte|avance|dépôt|arrhes)",
          "(défaut|absence) de (paiement|règlement)~~ (entraînera|entraînerait|donnera lieu à|occasionnera|se traduira par|impliquera)",
          "(conserverons|garderons|retiendrons) (l'|votre |l')?(acompte|avance)",
          "mise en demeure",
          "mettr(ons|ai) (votre société |vous )?en demeure",
          "(prendrons|allons prendre|devrons prendre) d'autres mesures",
          "liste des (mauvais payeurs|débiteurs|impayés)",
          "(annulerons|allons annuler) (toutes )?(vos|les) (commandes|contrats)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
      {
        match: [
          "(vous )?ne (nous|me) (laissez|laisse|laissez guère) (pas |plus |guère )?(le |d'autre |aucun |autre )?(choix|option|alternative)",
          "vous nous (obligez|forcez|contraignez) à",
          "(ne nous obligez pas|ne nous forcez pas) à",
          "(saisirons|allons saisir|saisir) (la justice|les tribunaux|le tribunal)",
          "(toutes les )?voies de recours",
          "(informerons|contacterons|préviendrons|avertirons)~ (vos|votre) (banque|banques|clients|acheteurs)",
        ],
        say: "Nous serions heureux de trouver une solution ensemble.",
      },
    ],
    de: [
      {
        match: [
          "(wird|würde|werden|würden|hätte|hätten|hat|kann|könnte)~ (konsequenzen|ernste folgen|ernsthafte folgen|unangenehme folgen|rechtliche folgen) (haben|nach sich ziehen)",
          "konsequenzen (nach sich ziehen|haben wird|haben würde)",
          "nicht ohne (konsequenzen|folgen) bleiben",
          "(es wird|das wird|dann wird es|dann gibt es|es gibt) (ernste |ernsthafte )?konsequenzen",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
        notBefore: "(?<!\\p{L})(um|vermeiden|falls sie)(?!\\p{L})",
      },
      {
        match: [
          "(andere|anderen|übrige|übrigen|alle) (händler|kunden|importeure|lieferanten|hersteller|partner|abnehmer|großhändler|firmen|marktteilnehmer|einkäufer|fabriken|exporteure)~ (über|von) (ihr|ihre|ihren|ihrem|sie|diesen fall|den fall|das|diese)~ (informier*|in kenntnis|warn*|aufklär*|bericht*|erzähl*|unterricht*|wissen|erfahren|bescheid)",
          "(informier*|warn*|benachrichtig*|unterricht*|erzähl*|bericht*)~ (die |alle |unsere )?(andere|anderen|übrigen) (händler|kunden|importeure|lieferanten|hersteller|partner|abnehmer|großhändler|firmen|marktteilnehmer)~ (über|von|wie) (ihr|ihre|ihren|ihrem|sie|diesen fall|den fall|das|diese)",
          "(ihr|ihre|ihren) (zahlungsverhalten|zahlungsmoral|zahlungspraxis)~ (öffentlich|bekannt|publik|weitergeben|weitererzählen|teilen|melden)",
        ],
        say: "Uns liegt viel an unserer Zusammenarbeit, und wir möchten sie gern fortsetzen.",
      },
      {
        match: [
          "(rechtliche|gerichtliche|juristische|anwaltliche|legale|rechtlichen|gerichtlichen|juristischen|anwaltlichen) (schritte|maßnahmen|wege|weg|mittel|konsequenzen|verfahren|auseinandersetzung)",
          "rechtsweg*",
          "(klage|anzeige) (einreichen|erheben|erstatten)",
          "(verklagen|verklagt|gerichtlich*|mahnverfahren|mahnbescheid|gerichtsverfahren|rechtsstreit)",
          "(vor|vors|zu|beim|bei dem|am) (das |dem )?(zuständigen )?(amts|land|handels)?gericht",
          "(amtsgericht|landgericht|handelsgericht|mahngericht)",
          "(die |eine |unsere |ihre )?klage (gegen|beim|bei|vor|einreich*|erheb*|vorbereit*|ein)",
          "(klage|klageschrift|mahnbescheid|klageeinreichung)~ (vorbereit*|vor|einreich*|ein|erheb*|beantrag*|zustell*)",
          "(bereit*|reich*|erheb*|verfass*|beantrag*)~ (die|eine|unsere) (klage|klageschrift)",
          "(schiedsverfahren|schiedsgericht) (einleiten|anrufen|beantragen)",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
      },
      {
        match: ["(rechts)?(anwalt|anwälte|anwältin|anwalts)", "anwaltskanzlei"],
        say: "Wir finden sicher gemeinsam eine Lösung.",
        notBefore:
          "(vertrag*|vereinbarung|geprüft|prüf*|freigegeben|entwurf|marke|patent|registrierung|urlaub|lizenz|zertifikat)",
        notAfter:
          "(vertrag*|vereinbarung|geprüft|prüf*|freigegeben|entwurf|marke|patent|registrierung|urlaub|lizenz|zertifikat)",
      },
      {
        match: [
          "(an|einem|unserem|unseren|unsere|den|einen|die) (unsere[mnr]? |die |den |dem |einen |einem )?(rechts)?(anwalt|anwälte|anwältin|rechtsabteilung|inkasso*)~ (übergeb*|weiterleit*|weitergeb*|abgeb*|übertrag*)",
          "(rechts)?(anwalt|anwälte|anwältin|rechtsabteilung|inkasso*)~ (einschalt*|beauftrag*|einbezieh*|hinzuzieh*|hinzuzuzieh*)",
          "(einschalt*|beauftrag*|einbezieh*)~ (einen|unseren|den) (rechts)?(anwalt|anwältin)",
          "(schalten|schalte|ziehen|ziehe)~ (einen|unseren|den|unsere|die) (rechts)?(anwalt|anwältin|anwälte|rechtsabteilung|inkasso*)~ (ein|hinzu)",
          "(übergeb*|weitergeb*|überlass*|übertrag*)~ (unserem|einem|dem) (rechts)?(anwalt|inkasso*|inkassobüro|inkassounternehmen)",
          "(unser|unsere) (rechts)?(anwalt|anwälte|anwältin|rechtsabteilung)~ (wird|werden)~ (kontaktier*|melden|einleiten|übernehmen|kümmern|in verbindung)",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
      },
      {
        match: ["schwarze(n)? liste", "blacklist*"],
        say: "Uns liegt viel an unserer Zusammenarbeit, und wir möchten sie gerne fortsetzen.",
      },
      {
        match: [
          "inkasso(büro|büros|unternehmen|firma|firmen|gesellschaft|gesellschaften|dienst|dienstleister|agentur|verfahren|partner|anwalt|kosten|stelle)",
        ],
        say: "Gerne vereinbaren wir gemeinsam einen Zahlungsplan.",
      },
      {
        // "Inkasso" alone is also the bank's documentary collection ("Inkasso über unsere Bank").
        match: ["inkasso"],
        say: "Gerne vereinbaren wir gemeinsam einen Zahlungsplan.",
        notBefore: "(bank|dokument*|d/p|d/a|akkreditiv|scheck)",
        notAfter:
          "(bank|dokument*|d/p|d/a|akkreditiv|scheck|werktag*|arbeitstag*|dauert|gutschrift)",
      },
      {
        match: [
          "(meld*|mitteil*|anzeig*|informier*|einreich*|weitergeb*)~ (an |bei )?(unsere[mnr]? |die |der |den |dem )?(kreditversicher*|warenkreditversicher*|euler hermes|allianz trade|atradius|coface|sinosure|auskunftei|schufa|creditreform|polizei)",
          "(kreditversicher*|warenkreditversicher*|euler hermes|allianz trade|atradius|coface|sinosure|auskunftei|schufa|creditreform|polizei)~ (meld*|mitteil*|anzeig*|informier*|einreich*|weitergeb*)",
          "(ihrem|ihren|ihr|ihre|ihrer) (ruf|ansehen|image|bonität|kreditwürdigkeit|kreditrating|reputation)~ (schaden|schädigen|beeinträchtigen|schädig*)",
          "(schaden|schädigen)~ (ihrem|ihren|ihrer) (ruf|ansehen|image|bonität|reputation)",
          "(die |alle |unsere )?(anderen|übrigen|sonstigen) (lieferanten|hersteller|fabriken|exporteure|firmen|unternehmen|marktteilnehmer)~ über (sie|ihr*|diese*|den fall|die situation|das)~ (informier*|warn*|benachrichtig*|in kenntnis|unterricht*|aufklär*|bescheid)",
          "(informier*|warn*|benachrichtig*|unterricht*)~ (die |alle |unsere )?(anderen|übrigen|sonstigen) (lieferanten|hersteller|fabriken|exporteure)~ über (sie|ihr*|diese*|den fall|die situation|das)",
          "(lieferanten|hersteller|firmen|unternehmen) (der|in der|ihrer|unserer) (branche|region)~ (informier*|warn*|benachrichtig*|in kenntnis|unterricht*|bescheid)",
          "(in der|die ganze|der ganzen|die) branche~ (informier*|warn*|bekannt mach*|publik mach*|erzähl*)",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
      },
      {
        match: [
          "(letzte|letztmalige|allerletzte|letzten|letztmaligen) (warnung|mahnung|aufforderung|frist|chance|gelegenheit)",
          "ultimatum",
          "(ich|wir) werde(n)? (sie )?nicht (noch einmal|nochmals|erneut) (erinnern|schreiben|fragen)",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
      },
      {
        match: [
          "(weitere|entsprechende|notwendige|geeignete|andere|ernsthafte|härtere|strengere|drastische|rechtliche|nötige|erforderliche|weiteren|entsprechenden|notwendigen|erforderlichen) (schritte|maßnahmen)~ (einleiten|ergreifen|unternehmen|prüfen|vornehmen|einzuleiten|zu ergreifen|veranlassen)",
          "(werden|müssen|sehen uns gezwungen|wären gezwungen|sind gezwungen)~ (schritte|maßnahmen) (gegen sie|gegen ihre firma|einleiten|ergreifen)",
          "(schritte|maßnahmen) gegen (sie|ihre firma|ihr unternehmen)",
        ],
        say: "Wir finden sicher gemeinsam eine Lösung.",
        notAfter:
          "^,? ?(um|damit|so dass|sodass) (?!(unsere|unserer|die|unseren) (interessen|rechte|forderung|forderungen|ansprüche|geld))",
      },
      {
        match: [
          "(rechtliche|rechtlichen|juristische|juristischen|alle) konsequenzen",
          "mit konsequenzen rechnen",
          "(die|alle) konsequenzen (tragen|zu tragen)",
          "auf (ihre|eigene) (kosten und )?gefahr",
          "(sie werden|werden sie) es bereuen",
        ],
        say: "Wir möchten Schwierigkeiten für beide Seiten gerne vermeiden.",
      },
      {
        match: [
          "(zusammenarbeit|geschäftsbeziehung|geschäftsbeziehungen|partnerschaft|geschäftsverbindung)~ (beenden|einstellen|abbrechen|kündigen|aussetzen|beendet|eingestellt|abgebrochen)",
          "(beenden|einstellen|abbrechen|kündigen)~ (die|unsere|jede|jegliche) (zusammenarbeit|geschäftsbeziehung|geschäftsbeziehungen|partnerschaft)",
          "nicht mehr (mit ihnen|mit ihrer firma|mit ihrem unternehmen) (zusammenarbeiten|arbeiten|geschäfte machen)",
          "(alle|sämtliche|jegliche|weitere|künftige) (lieferungen|auslieferungen|aufträge|bestellungen|sendungen)~ (stoppen|einstellen|sperren|aussetzen|zurückhalten|gestoppt|eingestellt|gesperrt)",
          "(stoppen|stellen|sperren|setzen)~ (alle|sämtliche|jegliche) (weiteren |künftigen )?(lieferungen|auslieferungen|aufträge|bestellungen|sendungen)",
        ],
        say: "Uns liegt viel an unserer Zusammenarbeit, und wir möchten sie gerne fortsetzen.",
      },
      {
        match: [
          "(werden|müssen|würden) (wir )?~ (alle |sämtliche |die |weitere |künftige |offene |ausstehende |ihre )?(lieferungen|auslieferungen|sendungen)~ (stoppen|einstellen|sperren|aussetzen)",
          "(werden|müssen|würden) (wir )?~ (den |unseren |diesen |die )?(vertrag|liefervertrag|rahmenvertrag|geschäftsbeziehung|zusammenarbeit)~ (kündigen|beenden|auflösen)",
          "(konsequenzen|folgen) für (sie|ihre firma|ihr unternehmen|unsere (zusammenarbeit|geschäftsbeziehung))",
        ],
        say: "Wir schätzen unsere Zusammenarbeit sehr und möchten sie fortsetzen.",
      },
      {
        match: [
          "(werden|müssen|andernfalls|sonst)~ (verzugszinsen|mahngebühren|vertragsstrafe|säumniszuschläge|strafzinsen)~ (berechnen|in rechnung stellen|erheben|verlangen|geltend machen)",
          "(andernfalls|sonst) (berechnen|erheben|verlangen) (wir )?(verzugszinsen|mahngebühren|vertragsstrafe|strafzinsen)",
          "(ware|waren|container|bestellung)~ anderweitig (verkaufen|veräußern)",
          "(sie verlieren|verlieren sie|verfällt|verfallen)~ (ihre|die) (anzahlung|vorauszahlung)",
          "(nichtzahlung|zahlungsausfall|ausbleibender zahlung|ausbleibende zahlung|nicht fristgerechter zahlung|nicht fristgerechte zahlung)~~ (verzugsgebühren|mahngebühren|verzugszinsen|vertragsstrafe|säumniszuschläge|strafzinsen)",
          "(nichtzahlung|zahlungsausfall|ausbleibende zahlung|nicht fristgerechte zahlung)~~ (führt|führen wird|wird~ führen) zu",
          "(anzahlung|vorauszahlung)~ (einbehalten|verfallen|verfällt)",
          "andere saiten aufziehen",
          "(aufträge|bestellungen|verträge)~ stornieren",
          "(übergeben|geben|leiten)~ (sache|angelegenheit|forderung|fall)~ (unserer|an unsere|an die) rechtsabteilung",
          "(sonst|andernfalls) (klagen|verklagen) wir",
        ],
        say: "Wir würden gern gemeinsam eine Lösung finden.",
      },
      {
        match: [
          "(sie )?lassen uns keine (andere )?(wahl|option|alternative)",
          "zwingen sie uns nicht",
          "(werden|müssen)~ (ihre|ihren) (kunden|abnehmer|bank|hausbank)~ (informieren|kontaktieren|benachrichtigen|in kenntnis setzen)",
        ],
        say: "Wir würden gern gemeinsam eine Lösung finden.",
      },
    ],
    pt: [
      {
        match: [
          "(trará|traria|terá|teria|acarretará|acarretaria|gerará|geraria|implicará|implicaria|haverá|haveria|terão|teriam|trarão|trariam)~ (consequências|repercussões)",
          "não (ficará|ficaria|vai ficar) sem (consequências|repercussões)",
        ],
        say: "Teremos prazer em encontrar uma solução juntos.",
        notBefore: "(?<!\\p{L})(evitar)(?!\\p{L})",
        notAfter:
          "^ ?(no|na|nos|nas|para|sobre) (o |a |os |as |seu |sua |nosso |nossa )?(prazo|prazos|produção|entrega|entregas|cronograma|embarque|envio|data|datas|preço|preços|programação)",
      },
      {
        match: [
          "(comentar*|contar*|informar*|avisar*|dizer*|diremos|direi|compartilhar*|comunicar*|espalhar*|falar*)~ (a |aos |às |com )?(os |as )?(demais|outros|outras) (distribuidores|importadores|clientes|compradores|fornecedores|fabricantes|empresas|comerciantes|revendedores|parceiros|colegas)~ (como|o que|sobre|a forma|de que|a maneira)",
          "(os |as )?(demais|outros|outras) (distribuidores|importadores|clientes|compradores|fornecedores|fabricantes|empresas|comerciantes|revendedores|colegas)~ (saibam|fiquem sabendo|descubram|tomem conhecimento|saberão|vão saber|ficarão sabendo)~ (como|o que|de|sobre)",
        ],
        say: "Valorizamos nossa parceria e gostaríamos de mantê-la.",
      },
      {
        match: [
          "((seremos|estaremos|ficaremos|vamos ficar|serei|estarei) (obrigados|forçados|obrigado|forçado|compelidos) a~ )?(tomar|adotar|iniciar|entrar com|mover|abrir|ingressar com|recorrer a|tomaremos|adotaremos|iniciaremos|entraremos com|moveremos) (as |todas as |uma |um )?(ação|ações|medidas|providências|processo|procedimento|procedimentos|vias?) (judicial|judiciais|legal|legais|jurídica|jurídicas|jurídico|jurídicos|cabíveis)",
          "(ação|ações|medidas|vias?|providências|procedimentos?|processo|cobrança) (judicial|judiciais|legal|legais|jurídica|jurídicas|jurídico|jurídicos|cabíveis|extrajudicial)",
          "(entrar|entraremos|recorrer|recorreremos) (na|à) justiça",
          "(na|à) justiça",
          "(processá-lo|processá-los|processá-la|processá-las|processar vocês|processar você|processar (a )?(sua )?(empresa|companhia))",
          "(tribunal|tribunais|judicialmente)",
          "(protest(ar|aremos|o)|levar a protesto|enviar para (o )?cartório|cartório de protesto)",
          "(negativar|negativação|nome sujo|serasa)",
        ],
        say: "Teremos prazer em encontrar uma solução juntos.",
      },
      {
        match: ["(nosso|nossos|nossa|um|uma|o|os|a|meu)? ?(advogad[oa]s?|escritório de advocacia)"],
        say: "Teremos prazer em encontrar uma solução juntos.",
        notBefore:
          "(contrato|acordo|revis*|aprov*|redig*|marca|patente|registro|férias|licença|certificado)",
        notAfter:
          "(contrato|acordo|revis*|aprov*|redig*|marca|patente|registro|férias|licença|certificado)",
      },
      {
        match: [
          "(encaminhad[oa]|repassad[oa]|enviad[oa]|transferid[oa]|entregue|encaminhar|repassar|passar|enviar|entregar|transferir|encaminharemos|repassaremos|passaremos|enviaremos|entregaremos)~ (para|ao|aos|à|a) (o |a |os |as )?(nosso |nossos |nossa |nossas |um |uma )?(advogado|advogados|advogada|jurídico|departamento jurídico|setor jurídico|escritório de advocacia|assessoria jurídica|empresa de cobrança)",
          "(nosso|nossos|nossa|o) (advogado|advogados|advogada|jurídico|departamento jurídico|setor jurídico)~ (entrará|entrarão|irá|irão|vai|vão|tomará|tomarão)~ (em contato|as medidas|providências|contato)",
        ],
        say: "Teremos prazer em encontrar uma solução juntos.",
      },
      {
        match: ["lista negra", "blacklist"],
        say: "Valorizamos muito a nossa parceria e queremos mantê-la.",
      },
      {
        match: [
          "(empresa|agência|escritório|assessoria)s? de (cobrança|cobranças|recuperação de crédito)",
        ],
        say: "Teremos prazer em combinar juntos um plano de pagamento.",
      },
      {
        match: [
          "(informar|comunicar|notificar|reportar|denunciar|declarar|informaremos|comunicaremos|notificaremos|reportaremos|denunciaremos)~ (à|a|ao|junto à|junto ao|às|aos) (nossa |nosso |a |o )?(seguradora( de crédito)?|seguro de crédito|sinosure|coface|euler hermes|atradius|polícia)",
          "(prejudicar|manchar|afetar|sujar|prejudicará|afetará)~ (sua|a|o seu|seu) (reputação|imagem|nome|crédito|histórico)",
          "(inform*|comunic*|notific*|report*|declar*|repass*|encaminh*|envi*)~ (à|a|ao|junto à|junto ao) (nossa |nosso |a |o |sua )?(seguradora( de crédito)?|seguro de crédito|sinosure|coface|euler hermes|atradius)",
          "(inform*|avis*|alert*|comunic*|cont*|diz*|divulg*)~ (a |aos |para )?(os |todos os |outros |demais )?(outros |demais )?(fornecedores|fabricantes|fábricas|exportadores|empresas) (do|da|no|na|de nosso|do nosso|do seu) (setor|mercado|ramo|segmento|indústria|país|região)",
          "(inform*|avis*|alert*|comunic*|diz*)~ (a |aos |para )?(os |todos os )?(outros|demais) (fornecedores|fabricantes|fábricas|exportadores)~ (sobre|a respeito de|de) (a |o )?(sua|seu|vocês|você|essa|esta|isso|isto|situação|caso)",
          "(inform*|avis*|alert*)~ (todo )?(o) (setor|mercado|ramo)",
        ],
        say: "Teremos prazer em encontrar uma solução juntos.",
      },
      {
        match: ["(último|última) (aviso|advertência|chance|oportunidade|notificação)", "ultimato"],
        say: "Teremos prazer em encontrar uma solução juntos.",
      },
      {
        match: [
          "(tomar|tomaremos|adotar|adotaremos|tomar as|tomaremos as) (as |todas as |outras )?(medidas|providências) (necessárias|adequadas|apropriadas|adicionais|mais severas|severas|drásticas|firmes|cabíveis)",
          "(medidas|providências) contra (você|vocês|sua empresa|a sua empresa)",
          "(tomaremos|vamos tomar|teremos que tomar|adotaremos|iremos tomar) (as )?(devidas |demais )?(providências|medidas)",
        ],
        say: "Teremos prazer em encontrar uma solução juntos.",
        notAfter:
          "^,? ?(para|a fim de|de modo a) (garantir|assegurar|agilizar|acelerar|ajudar|cumprir|manter|reservar|proteger (o seu|a sua|seu|sua)|facilitar|entregar|enviar)",
      },
      {
        match: [
          "(arcar|arcará|arcarão|sofrer|sofrerá|sofrerão|assumir|assumirá|assumirão) (com )?(as |todas as )?consequências",
          "todas as consequências",
          "consequências (legais|jurídicas|judiciais)",
          "(vai|vão) se arrepender",
        ],
        say: "Queremos evitar qualquer dificuldade para ambas as partes.",
      },
      {
        match: [
          "(encerrar|suspender|cancelar|romper|terminar|interromper|cortar|encerraremos|suspenderemos|romperemos|cortaremos)~ (toda |a |nossa |qualquer |as |nossas )?(parceria|cooperação|colaboração|relação comercial|relações comerciais|relação|futuros pedidos)",
          "não (voltaremos|iremos|vamos) (a )?(trabalhar|fazer negócios|negociar|comprar|vender) (com|para) (você|vocês|sua empresa)",
          "(suspender|suspenderemos|interromper|interromperemos|bloquear|bloquearemos|cortar|cortaremos|congelar|congelaremos|parar)~ (todos os|todas as|qualquer) (futuros |próximos |demais )?(embarques|envios|entregas|fornecimentos|pedidos|negócios)",
        ],
        say: "Valorizamos muito a nossa parceria e queremos mantê-la.",
      },
      {
        match: [
          "(suspenderemos|interromperemos|bloquearemos|cortaremos|congelaremos|pararemos|vamos suspender|vamos parar|vamos interromper|vamos bloquear|iremos suspender) (os |todos os |as |todas as |qualquer |novos )?(futuros |próximos |demais )?(embarques|envios|entregas|fornecimentos)",
          "(rescindiremos|rescindir|vamos rescindir|encerraremos|encerrar|vamos encerrar|daremos por encerrad[ao]) (o |a |nosso |nossa |este |esta )?(contrato|acordo|parceria|relação comercial)",
          "consequências para (você|vocês|sua empresa|a sua empresa|(a )?nossa (parceria|relação|cooperação))",
        ],
        say: "Valorizamos muito a nossa parceria e queremos mantê-la.",
      },
      {
        match: [
          "(cadastro|lista|registro) de (inadimplentes|devedores|maus pagadores)",
          "(cobraremos|aplicaremos|vamos cobrar|vamos aplicar|iremos cobrar)~ (juros|multa|multas|encargos)",
          "(venderemos|revenderemos|vamos vender)~ (mercadoria|carga|produção|pedido|contêiner)~ (a |para )?(outro|outros) (cliente|clientes|comprador|compradores)",
          "(perca|percam) (o |a |seu |sua |o seu |a sua )?(sinal|adiantamento|depósito)",
          "(a falta de pagamento|o não pagamento|o não-pagamento|a ausência de pagamento)~~ (resultará|implicará|acarretará|levará|gerará|sujeitará|causará)",
          "(ficaremos com|reteremos|perderão|perderá) (o |a |seu |sua )?(sinal|adiantamento|depósito|antecipado)",
          "(cancelaremos|vamos cancelar) (todos )?(os |seus )?(pedidos|contratos)",
        ],
        say: "Gostaríamos de encontrar uma solução juntos.",
      },
      {
        match: [
          "não (nos|me) (deixa|deixam) (outra |mais )?(opção|alternativa|escolha|saída)",
          "não (nos|me) (obriguem|obrigue|forcem|force) a",
          "(informaremos|avisaremos|contataremos|vamos informar|vamos avisar)~ (o seu|o vosso|seu|vosso|os seus|seus|os vossos) (banco|clientes|compradores)",
        ],
        say: "Gostaríamos de encontrar uma solução juntos.",
      },
    ],
    ru: [
      {
        match: [
          "(повлечёт|повлечет|повлекут|повлекла бы|повлекло бы|будет иметь|будут иметь|приведёт|приведет|приведут|обернётся|обернется|чревато|чревата|чреваты|не останется без)~ (последстви*)",
          "(будут|наступят|последуют) (серьёзные |серьезные |неприятные )?последствия",
        ],
        say: "Мы будем рады вместе найти решение.",
        notBefore: "(?<!\\p{L})(чтобы избежать|избежать)(?!\\p{L})",
        notAfter: "^ ?для (сроков|производства|поставки|отгрузки|графика|цены|цен)",
      },
      {
        match: [
          "(сообщ*|расскаж*|рассказ*|проинформир*|информир*|предупред*|оповест*|поделимся|поделиться)~ (с )?(другим|другие|остальным|остальными|другими|всем|всеми) (поставщик*|дилер*|клиент*|покупател*|партнёр*|партнер*|импортёр*|импортер*|дистрибьютор*|компани*|участник*|производител*)~ (о|об|как|что|про) (вас|вашей|ваших|вашем|вы|том|ваш)",
          "(другие|остальные|все) (поставщик*|дилер*|клиент*|покупател*|партнёр*|партнер*|импортёр*|импортер*|дистрибьютор*|компани*|участник*|производител*)~ (узнают|будут знать|услышат|должны знать)~ (о|об|как|что|про) (вас|вашей|ваших|вашем|вы|том|ваш)",
        ],
        say: "Мы ценим наше сотрудничество и хотим его продолжить.",
      },
      {
        match: [
          "(будем|будут|вынуждены|придётся|мы вынуждены будем|будем вынуждены|оставляем за собой право)~ (обратиться|обращаться|передать|привлечь|принять|начать|инициировать|применить|подать|решать)~ (в суд|через суд|в арбитраж*|суду|судебн*|правов*|юридическ*|юрист*|адвокат*|коллектор*)",
          "(судебн*|юридическ*|правов*) (порядк*|мер*|действи*|шаг*|путь|пути|разбирательств*|инстанци*|иск*|преследовани*|процедур*|взыскани*|последстви*)",
          "(обратиться|обратимся|обращаемся|обращаться|подать|подадим|подаём|подадут|пойдём|пойдем) (на вас )?(в суд|в арбитраж*|в арбитражный суд|иск)",
          "(иск|исковое заявление|претензию) (в суд|к вам|против вас|в арбитраж*)",
          "(в|через) (суд|суде|судом|арбитражн* суд*)",
          "(судиться|засудим|засудить)",
        ],
        say: "Мы будем рады вместе найти решение.",
      },
      {
        match: ["(наш|наши|нашим|нашему|нашего|нашими|наших)? ?(юрист*|адвокат*)"],
        say: "Мы будем рады вместе найти решение.",
        notBefore:
          "(договор*|соглашени*|провер*|одобр*|согласова*|составил*|товарн* знак*|патент*|регистраци*|отпуск*|лицензи*|сертификат*)",
        notAfter:
          "(договор*|соглашени*|провер*|одобр*|согласова*|составил*|товарн* знак*|патент*|регистраци*|отпуск*|лицензи*|сертификат*)",
      },
      {
        match: [
          "(передать|передадим|передаем|передаём|направить|направим|передано|передан*)~ (нашим |нашему |в )?(юрист*|адвокат*|коллекторск*|коллекторам|коллекторов)",
          "(дело|вопрос|задолженност*|долг)~ (передать|передадим|передаём|передано|передан*)~ (в |нашим |нашему )?(юрист*|юридическ*|суд|коллекторск*|коллекторам)",
          "(привлечь|привлечём|привлекаем|подключить|подключим|подключаем|обратиться к|обратимся к|наймём)~ (наших |нашего )?(юрист*|адвокат*|коллекторск*|коллекторам|коллекторов)",
          "(наш|наши|нашим) (юрист*|адвокат*|юридическ* отдел|юридическ* служб*)~ (свяжется|свяжутся|займётся|займутся|начн*|направ*|подготов*)",
        ],
        say: "Мы будем рады вместе найти решение.",
      },
      {
        match: ["(чёрн*) (список|списк*)", "blacklist"],
        say: "Мы очень ценим наше сотрудничество и хотим его продолжать.",
      },
      {
        match: [
          "коллекторск*",
          "(коллекторам|коллекторов)",
          "(агентств*|компани*|служб*|организаци*) (по )?(взыскани*|возврат*) (долг*|задолженност*)",
          "(принудительн*) (взыскани*)",
          "(взыщем|взыскать)",
        ],
        say: "Мы будем рады вместе согласовать график платежей.",
      },
      {
        match: [
          "(сообщ*|уведом*|проинформир*|доложи*|заяв*|пожал*|обрат*|переда*|передад*|направ*)~ (в |нашей |нашему |вашему |в нашу )?(страхов* компани*|страховщик*|кредитн* страхов*|экспортн* страхов*|sinosure|синошур|полици*|налогов*|правоохранительн*|компетентн* орган*)",
          "(сообщ*|уведом*|проинформир*|предупред*|оповест*|расска*|извест*|поставит* в известность)~ (всем|всех|други[мх]|остальн*|прочи[мх]) (поставщик*|производител*|компани*|участник*|фабрик*|завод*|экспортёр*|коллег*) (в|на|по|нашей|вашей) (отрасли|рынке|сфере|регионе|стране|нашей|вашей|отрасл*|рынк*)",
          "(сообщ*|уведом*|проинформир*|предупред*|оповест*|расска*|извест*|поставит* в известность)~ (о|об) (ситуаци*|вас|вашей|вашем|ваших|этом|задолженност*|долг*|просрочк*|случивш*|произошедш*|том)~ (всем|всех|други[мх]|остальн*|прочи[мх]) (поставщик*|производител*|компани*|участник*|фабрик*|завод*|экспортёр*|коллег*)",
          "(всем|други[мх]|остальн*|прочи[мх]) (поставщик*|производител*|компани*|участник*|фабрик*|экспортёр*|коллег*)~ (о|об) (ситуаци*|вас|вашей|вашем|ваших|этом|задолженност*|долг*|просрочк*|случивш*|произошедш*)",
          "(сообщ*|уведом*|проинформир*|предупред*|оповест*|расска*)~ (всему |весь )?(рынк*|рынок|отрасл*) (о|об|про) (вас|вашей|вашем|ваших|этом|ситуаци*|задолженност*|долг*)",
          "(испорт*|повред*|навред*|скажется на|отразится на)~ (вашей |вашу |вашему |на вашей )?(репутаци*|кредитн* истори*|имидж*|рейтинг*)",
        ],
        say: "Мы будем рады вместе найти решение.",
      },
      {
        match: ["последн* (предупреждени*|шанс|уведомлени*)", "ультиматум*"],
        say: "Мы будем рады вместе найти решение.",
      },
      {
        match: [
          "(примем|предпримем|вынуждены принять|вынуждены будем принять|будем вынуждены принять|придётся принять|применим|оставляем за собой право принять|оставляем за собой право применить)~ (соответствующие|необходимые|другие|иные|дальнейшие|жёсткие|серьёзные|строгие|все необходимые|крайние|более жёсткие|дополнительные)? ?(меры|шаги|действия)",
          "(меры|действия) (против вас|в отношении вас|в отношении вашей компании)",
        ],
        say: "Мы будем рады вместе найти решение.",
        notAfter:
          "^,? ?(чтобы|для|по) (ускор|обеспеч|помо|выполн|сохран|соблюд|отгруз|доставк|поставк|своевремен)",
      },
      {
        match: [
          "(все|правов*|юридическ*) последстви*",
          "(нести|понесёте|понесут|ответственность за) (все )?последстви*",
          "(вы )?(пожалеете)",
        ],
        say: "Мы хотели бы избежать трудностей для обеих сторон.",
      },
      {
        match: [
          "(прекратить|прекратим|прекращаем|разорвать|разорвём|приостановить|приостановим|остановим|свернуть|свернём)~ (всё |все |наше |дальнейшее |любое |всякое )?(сотрудничеств*|деловые отношения|отношения с вами|наши отношения|работу с вами|партнёрств*)",
          "больше не (будем|станем) (работать|сотрудничать) с (вами|вашей компанией)",
          "(прекрат*|приостанов*|останов*|заморо*|заблокир*)~ (все|всякие|любые|дальнейшие) (будущие |дальнейшие |последующие )?(отгрузк*|поставк*|заказ*|отправк*)",
        ],
        say: "Мы очень ценим наше сотрудничество и хотим его продолжать.",
      },
      {
        match: [
          "(прекратим|приостановим|остановим|заморозим|заблокируем|прекращаем|приостанавливаем|будем вынуждены прекратить|будем вынуждены приостановить)~ (все |любые |дальнейшие )?(отгрузк*|поставк*|отправк*)",
          "(расторгн*|разорв*|расторжени*) (договор*|контракт*|соглашени*)",
          "последствия для (вас|вашей компании|нашего сотрудничества|наших отношений)",
        ],
        say: "Мы очень ценим наше сотрудничество и хотим его продолжать.",
      },
      {
        match: [
          "(начислим|начисляем|будем начислять|выставим|взыщем|применим|будем вынуждены начислить|вынуждены начислить)~ (пени|неустойк*|штраф*|проценты)",
          "(продадим|реализуем|перепродадим)~ (товар|груз|продукци*|партию|заказ)~ (другому|другим|третьему|иному) (покупател*|клиент*|лицу)",
          "(потеряете|лишитесь)~ (ваш |свой |вашу |свою )?(депозит|предоплату|аванс|задаток)",
          "(неоплата|неуплата|отсутствие оплаты|непоступление оплаты)~~ (приведёт|приведет|повлечёт|повлечет|обернётся|обернется)",
          "(предоплату|аванс|задаток) (оставим|удержим|не вернём)",
          "(направим|выставим|предъявим) (вам )?(официальную )?претензи*",
          "сообщим о вас",
          "(отменим|аннулируем)~ (все |ваши )?(заказ*|контракт*)",
        ],
        say: "Мы хотели бы вместе найти решение.",
      },
      {
        match: [
          "(вы )?не оставляете (нам|мне) (другого )?(выбора|выхода)",
          "не (вынуждайте|заставляйте) (нас|меня)",
          "(сообщим|проинформируем|уведомим|известим)~ (вашему банку|ваш банк|ваших клиентов|вашим клиентам|ваших покупателей)",
        ],
        say: "Мы хотели бы вместе найти решение.",
      },
    ],
    ar: [
      {
        match: [
          "(ستكون|سيكون|سيترتب|ستترتب|سيؤدي|ستؤدي|يترتب|سينتج|ستجر|سيجر|هيكون|هتكون|هيبقى|سيجلب)~ (عواقب|تبعات)",
          "عواقب (وخيمة|سيئة|خطيرة|لا تحمد)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
        notBefore: "(لتجنب|تجنب)",
      },
      {
        match: [
          "(نخبر|سنخبر|نبلغ|سنبلغ|نعلم|سنعلم|نحكي|هنقول|هنحكي|هنعرف|نعرف|سنطلع|نطلع|نقول|سنقول|سنحذر|نحذر)~ (كل )?(التجار|الموردين|العملاء|الزبائن|المستوردين|الموزعين|الشركات|السوق)( الآخرين| الباقين| التانيين| في السوق| في المنطقة)",
          "(التجار|الموردين|الموردون|العملاء|الزبائن|المستوردين|الموزعين|الشركات|السوق)( الآخرين| الآخرون| الباقين| التانيين| كله| كلهم)~ (سيعرفون|سيعرف|هيعرفوا|هيعرف|يعرفوا|يعرفون|سيعلمون|يعلموا)",
          "(الجروب|المجموعة|الغرفة التجارية|غرفة التجارة|السوق)~ (نفضح|سنفضح|هنفضح|نكشف|سنكشف|ننشر|سننشر)",
          "(نفضح|سنفضح|هنفضح|نفضحكم|سنفضحكم)",
        ],
        say: "نقدر تعاوننا ونرغب في استمراره.",
      },
      {
        match: [
          "(سنضطر|مضطرون|سنكون مضطرين|نضطر|سنجد أنفسنا مضطرين|سنقوم|سوف نقوم|سوف نضطر)~ (إلى |ل)?(اتخاذ|اللجوء إلى|باتخاذ|البدء في|البدء ب)~ (الإجراءات|إجراءات|التدابير|تدابير|الخطوات|خطوات) (القانونية|قانونية|القضائية|قضائية)",
          "(الإجراءات|إجراءات|إجراء|الإجراء|التدابير|تدابير|خطوات|الخطوات|الطرق|الوسائل) (القانونية|قانونية|القضائية|قضائية|القانوني|قانوني|القضائي|قضائي)",
          "(اللجوء|نلجأ|سنلجأ|التوجه|سنتوجه|نتوجه|رفع الأمر|إحالة الأمر|إحالة القضية|الذهاب)~ (إلى|الى|لـ|ل)? ?(القضاء|المحكمة|المحاكم|التحكيم)",
          "(دعوى|قضية) (قضائية|ضدكم|ضد شركتكم|أمام المحكمة|لدى المحكمة)",
          "(رفع|سنرفع|نرفع|إقامة|سنقيم)~ (دعوى|قضية)",
          "(أمام|إلى|الى|في) (المحكمة|المحاكم|القضاء)",
          "(مقاضاتكم|مقاضاة شركتكم|سنقاضيكم|نقاضيكم)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
      {
        match: ["(محامينا|محامي الشركة|المحامي|محامي|محام|المحامين|محامون)"],
        say: "يسعدنا أن نجد حلا معا.",
        notBefore:
          "(العقد|عقد|الاتفاقية|اتفاقية|راجع|مراجعة|وافق|صياغة|العلامة التجارية|براءة|تسجيل|إجازة|ترخيص|شهادة)",
        notAfter:
          "(العقد|عقد|الاتفاقية|اتفاقية|راجع|مراجعة|وافق|صياغة|العلامة التجارية|براءة|تسجيل|إجازة|ترخيص|شهادة)",
      },
      {
        match: [
          "(إحالة|تحويل|نحيل|سنحيل|سنحول|نحول|تسليم|نسلم|سنسلم|إرسال|سنرسل|رفع)~ (الملف|الأمر|القضية|الموضوع|المسألة)? ?(إلى|الى|ل) ?(محامي|المحامي|محامينا|محام|المحامين|الشؤون القانونية|القسم القانوني|الإدارة القانونية|مستشارنا القانوني|شركة تحصيل|مكتب المحاماة)",
          "(محامينا|المحامي الخاص بنا|محامي الشركة|قسمنا القانوني|القسم القانوني|إدارتنا القانونية|الإدارة القانونية|الشؤون القانونية)~ (سيتواصل|سيتصل|سيتولى|سيتخذ|سيباشر|سيقوم|سوف يتواصل|سوف يتولى)",
          "(توكيل|تكليف|الاستعانة ب|سنستعين ب|نستعين ب) ?(محام|المحامي|محامي|مكتب محاماة)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
      {
        match: ["القائمة السوداء", "القوائم السوداء"],
        say: "نحن نقدر تعاوننا كثيرا ونرغب في استمراره.",
      },
      {
        match: ["(شركة|شركات|وكالة|مكتب) (تحصيل|لتحصيل)", "تحصيل الديون"],
        say: "يسعدنا أن نتفق معا على خطة للسداد.",
      },
      {
        match: [
          "(إبلاغ|نبلغ|سنبلغ|إخطار|سنخطر|نخطر|إعلام|سنعلم|إخبار|رفع تقرير|تقديم شكوى|سنقدم شكوى)~ (إلى |الى |ل)?(شركة التأمين|شركة تأمين الائتمان|تأمين الائتمان|مؤمن الائتمان|سينوشور|sinosure|الغرفة التجارية|غرفة التجارة|السفارة|القنصلية|الشرطة)",
          "(الإضرار|سيضر|يضر|سيؤثر|يؤثر|تشويه|سنشوه|الإساءة)~ (بسمعتكم|سمعتكم|سمعة شركتكم|بسمعة شركتكم|سجلكم الائتماني|تصنيفكم الائتماني|على سمعتكم)",
          "(إبلاغ|نبلغ|سنبلغ|يبلغ|سيبلغ|إخطار|سنخطر|نخطر|إعلام|سنعلم|إخبار|سنخبر|نخبر|تحذير|سنحذر|نحذر|إطلاع|سنطلع|تعميم|سنعمم)~ (جميع |كافة |باقي |بقية |سائر |كل )?(الموردين|الموردون|المصانع|المصدرين|الشركات|التجار|المنتجين|الزملاء)~ (في القطاع|في السوق|في المجال|في الصناعة|في بلدكم|في المنطقة|بما حدث|بما جرى|بالأمر|بالموضوع|بهذا|بوضعكم|بتأخركم|بتأخيركم|عنكم|عن شركتكم|بالوضع|بالحالة)",
          "(إبلاغ|نبلغ|سنبلغ|إخطار|سنخطر|إعلام|سنعلم|إخبار|سنخبر|تحذير|سنحذر|تعميم|سنعمم)~ (السوق|القطاع|الصناعة|الوسط التجاري)~ (بما حدث|بما جرى|بالأمر|بالموضوع|بهذا|بوضعكم|بتأخركم|عنكم|عن شركتكم)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
      {
        match: [
          "(الإنذار|إنذار|تحذير|التحذير|الإشعار|إشعار) (الأخير|أخير|نهائي|النهائي)",
          "(آخر|اخر) (إنذار|تحذير|فرصة|مهلة)",
          "(فرصة|مهلة|الفرصة|المهلة|فرصتكم|فرصتك|مهلتكم|مهلتك) (أخيرة|نهائية|الأخيرة|النهائية)",
          "إنذار رسمي",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
      {
        match: [
          "(سنتخذ|نتخذ|اتخاذ|سنضطر لاتخاذ|سنقوم باتخاذ|سنلجأ إلى)~ (الإجراءات|إجراءات|التدابير|تدابير|خطوات) (اللازمة|المناسبة|الضرورية|الصارمة|الحازمة|الأخرى|إضافية|الإضافية|أخرى|رادعة|صارمة)",
          "(سنتخذ|سنضطر لاتخاذ|سنقوم باتخاذ) (الإجراءات|إجراءات|التدابير|تدابير|خطوات)",
          "(إجراءات|تدابير) ضد(كم| شركتكم)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
        notAfter:
          "^،? ?(من أجل|لكي|كي|حتى)? ?ل?(ضمان|تسريع|مساعدتكم|تأمين|حجز|الحفاظ على (موعد|حجز|سعر|طلبي|مكان)|تسهيل|تلبية|شحن|تسليم)",
      },
      {
        match: [
          "(تحمل|ستتحملون|تتحملون|ستتحمل|تتحمل)~ (العواقب|المسؤولية الكاملة|كافة العواقب|جميع العواقب|كامل المسؤولية)",
          "(عواقب|العواقب) (قانونية|القانونية)",
          "(ستندمون|ستندم)",
        ],
        say: "نود أن نتجنب أي صعوبة للطرفين.",
      },
      {
        match: [
          "(وقف|إيقاف|إنهاء|سنوقف|سننهي|سنقطع|نوقف|ننهي|نقطع)~ (التعاون|تعاوننا|العلاقة|علاقتنا|التعامل|تعاملنا|الشراكة|العلاقات التجارية|علاقاتنا)",
          // The noun قطع is also "pieces" (قطع الغيار, spare parts): only right before the tie it cuts.
          "قطع (كل |جميع )?(التعاون|تعاوننا|العلاقة|علاقتنا|التعامل|تعاملنا|الشراكة|العلاقات التجارية|علاقاتنا)",
          "لن (نتعامل|نتعاون|نعمل) (معكم|مع شركتكم) (مرة أخرى|مجددا|بعد الآن)",
          "(وقف|إيقاف|تجميد|تعليق|سنوقف|سنجمد|سنعلق|نوقف)~ (جميع|كافة|كل|أي) (الشحنات|الطلبيات|التوريدات|الطلبات|عمليات الشحن|الإمدادات)",
        ],
        say: "نحن نقدر تعاوننا كثيرا ونرغب في استمراره.",
      },
      {
        match: [
          "(سنوقف|سنعلق|سنجمد|نوقف|سنتوقف عن|سنضطر إلى وقف|سنضطر لوقف)~ (الشحنات|الشحن|التوريد|التوريدات|الطلبيات)",
          "(فسخ|سنفسخ|نفسخ|سننهي|سنلغي)~ (العقد|الاتفاقية|التعاقد)",
          "(سننهي|ننهي|سنوقف|سنقطع)~ (التعامل|تعاملنا|العلاقة|علاقتنا)",
          "(عواقب|تبعات) (على|وخيمة على) (تعاوننا|علاقتنا|شركتكم|التعاون)",
        ],
        say: "نحن نقدر تعاوننا كثيرا ونرغب في استمراره.",
      },
      {
        match: [
          "(سنفرض|سنحتسب|سنضيف|نفرض|سنطبق|فرض)~ (غرامة|غرامات|فوائد|رسوم) (تأخير|التأخير)",
          "(سنبيع|نبيع|سنعيد بيع)~ (البضاعة|البضائع|الشحنة|الطلبية)~ (لعميل|لعملاء|لمشتر) (آخر|آخرين)",
          "(ستخسرون|تخسرون|تخسروا|ستفقدون|تفقدون|تفقدوا)~ (العربون|الدفعة المقدمة|المقدم|مبلغ التأمين)",
          "عدم (الدفع|السداد|التسديد)~~ (سيؤدي|سوف يؤدي|سيترتب|سينتج)",
          "(نحتفظ|سنحتفظ|سنصادر)~ (بالعربون|العربون|بالدفعة المقدمة|الدفعة المقدمة)",
          "(سنلغي|نلغي|إلغاء)~ (جميع |كل )?(طلبياتكم|الطلبيات|طلباتكم)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
      {
        match: [
          "(لا|لم) (تتركوا|تتركون|تتركوا لنا|تتركون لنا) (لنا )?(خيارا|خيار|مجالا|بديلا)",
          "لا (تجبرونا|تضطرونا) (على|إلى)",
          "(سنبلغ|سنخبر|سنتواصل مع|سنخاطب)~ (عملاءكم|عملائكم|البنك الخاص بكم|بنككم|مصرفكم)",
        ],
        say: "يسعدنا أن نجد حلا معا.",
      },
    ],
  },
};
