import type { ReasonCues } from "./types";

// Holiday, business trip, trade fair, sick leave, out-of-office — of the buyer
// or of whoever signs the payment (PRODUCT.md §4). Seasonal greetings ("happy
// holidays", "Eid Mubarak", "新年快乐") and wishes for the rep's own holiday
// are masked; "I am back" takes the reason back.

export const AWAY: ReasonCues = {
  reason: "away",
  cues: {
    en: {
      strong: [
        "on vacation|on holiday|on holidays|on leave|on annual leave|on maternity leave|" +
          "on paternity leave|on sick leave|sick leave|in hospital|in the hospital|hospitalized|" +
          "out of office|out of the office|away from the office|away from office|" +
          "out of the country|not in the office|away from my desk|limited access to email|" +
          "limited access to e-mail|limited access to my email|no access to email|" +
          "limited internet|no internet|currently abroad|i am abroad|i'm abroad|" +
          "i am away|i'm away|we are away|i was away|he is away|she is away|currently away",
        "business trip|on a trip|travelling|traveling|on the road|abroad this week|" +
          "at the fair|at the exhibition|at a trade fair|at the trade fair|at the trade show|" +
          "at the canton fair",
        "attending|visiting … fair|exhibition|expo|trade show",
        "at|attending|visiting … automechanika|gulfood|big 5|arab health|hannover messe|ambiente|" +
          "bauma|canton fair|interzum|anuga|sial|intersec|medica|chinaplas|drupa|equip hotel",
        "during chinese new year|after chinese new year|before chinese new year|" +
          "for chinese new year|chinese new year holiday*|cny holiday*|after cny|during cny|" +
          "spring festival holiday*|new year holiday*|christmas holiday*|christmas break|" +
          "year-end holiday*|public holiday*|national holiday*|national day holiday*|bank holiday*|golden week|" +
          "summer holiday*|summer vacation|summer break|easter holiday*|during ramadan|" +
          "after ramadan|end of ramadan|eid holiday*|after eid|during eid|eid al|eid-al|eid ul|" +
          "eid break|hajj|umrah|diwali holiday*|after diwali|after the holiday*|after holiday*|" +
          "after the vacation|after my vacation|after my holiday*|after the new year|" +
          "after new year|after the festival",
        "will be back|i'll be back|be back on|be back in|be back from|be back after|be back next|" +
          "when i return|when i'm back|when i am back|when i come back|when i get back|" +
          "when he returns|when he is back|when he's back|when she returns|when she is back|" +
          "upon my return|after my return|on my return|after i return|once i return|" +
          "once i'm back|once he is back|once he's back|return on|returning on|" +
          "return to the office|back to the office on|back in the office on",
        "office is closed|office will be closed|offices are closed|office closed|we are closed|" +
          "we will be closed|we'll be closed|closed from|closed until|closed during|" +
          "factory is closed|company is closed|closed for the holiday*|closed for holiday*|" +
          "banks are closed|bank is closed|banks were closed",
        "accountant|finance manager|finance department|finance|cfo|boss|manager|director|" +
          "owner|chairman|gm|general manager|person in charge|signatory|colleague|cashier|" +
          "treasurer|accounts department|accounting|finance team … " +
          "on leave|on holiday|on vacation|away|sick|travelling|traveling|abroad|out of office|" +
          "out of the office|on a business trip|not in the office",
        "i was sick|i am sick|i'm sick|i have been sick|i've been sick|i was ill|i have been ill|" +
          "i've been ill|i am ill|family emergency|medical leave|surgery|funeral",
      ],
      weak: [
        "vacation|holiday|holidays|travel|trip|abroad|exhibition|trade fair|trade show|" +
          "canton fair|expo|chinese new year|spring festival|cny|ramadan|eid|christmas|" +
          "new year|festival|holiday season|national day",
      ],
      against: [
        "i'm back|i am back|we are back|we're back|now back|back now|just back|just got back|" +
          "just returned|i have returned|i've returned|returned from|came back from|got back from|" +
          "back from holiday|back from vacation|back from my trip|back in the office now|" +
          "back at the office|back at my desk",
      ],
      masks: [
        "happy holiday*|happy new year|merry christmas|happy chinese new year|happy cny|" +
          "happy spring festival|eid mubarak|ramadan kareem|ramadan mubarak|happy eid|" +
          "happy diwali|season's greetings|seasons greetings|enjoy your holiday*|" +
          "enjoy your vacation|enjoy the holiday*|nice holiday*|good holiday*|your holiday*|" +
          "your vacation|your trip|your leave|happy easter|have a nice weekend|nice weekend|" +
          "leave it|leave the|leave a|leave us|leave you|leave me|please leave|leave message|" +
          "take leave of|on the trip of the vessel|round trip|trip of the goods|" +
          "holiday schedule|holiday notice|during your holiday*|after your holiday*|" +
          "after your vacation|when you are back|when you're back|when you return|" +
          "return on investment|be back to you|back to you|be back with|get back to you|" +
          "right away|straight away|straightaway|far away|give away|take away",
      ],
    },
    zh: {
      strong: [
        "休假|在休假|放假|度假|年假|请假|病假|产假|出差|在出差|外出|不在公司|不在办公室|不在国内|" +
          "去国外|去國外|去外地|出远门|出遠門|才回公司|才回来|才回來|才回国|才回國|" +
          "在国外|出国了|出国中|住院|生病|身体不适|身体不舒服|请假|休假中|放假中|休假期间|" +
          "請假|產假|在國外|出國了|身體不適|身體不舒服|不在辦公室",
        "春节期间|春节假期|春节后|春节之后|春节前|过年|年后再|节后|假期结束|假期后|假后|" +
          "国庆期间|国庆假期|国庆后|中秋假期|五一假期|五一期间|十一期间|十一假期|长假|" +
          "春節期間|春節假期|春節後|過年|節後|假期結束|國慶期間|國慶假期|長假",
        "回来后|回来之后|等我回来|等他回来|回来再|回公司后|回国后|回到公司后|回來後|等我回來|" +
          "等他回來|回國後|回公司後",
        "老板出差|老板不在|老板出国|老板在国外|老板休假|财务休假|会计休假|财务不在|会计不在|" +
          "财务请假|会计请假|负责人不在|负责人出差|老闆出差|老闆不在|老闆出國|財務休假|會計休假|" +
          "財務不在|會計不在|財務請假|會計請假",
        "在展会|参展|看展|在广交会|参加展会|参加广交会|展会期间|在展會|參展|參加展會|展會期間|" +
          "银行放假|银行不上班|公司放假|工厂放假|銀行放假|公司放假|工廠放假",
      ],
      weak: [
        "假期|春节|节假日|展会|广交会|年后|假期|春節|節假日|展會|廣交會|斋月|齋月|开斋节|開齋節",
      ],
      against: [
        "已经回来|刚回来|我回来了|回到公司了|已回公司|休假回来了|出差回来了|已經回來|剛回來|" +
          "我回來了|出差回來了|休假回來了",
      ],
      masks: [
        "新年快乐|春节快乐|节日快乐|中秋快乐|国庆快乐|假期愉快|祝你假期|祝您假期|元旦快乐|" +
          "新年快樂|春節快樂|節日快樂|中秋快樂|國慶快樂|假期愉快|您的假期|你的假期|旅途愉快",
      ],
    },
    es: {
      strong: [
        "de vacaciones|estoy de viaje|de viaje|viajando|estoy fuera|fuera de la oficina|" +
          "fuera de oficina|fuera del país|ausente|de licencia|de permiso|baja médica|" +
          "incapacidad médica|enfermo|enferma|hospitalizado|hospitalizada|en el hospital",
        "asistiendo a|visitando … feria|exposición|expo",
        "en la feria|en una feria|en la exposición|en la expo|" +
          "días festivos|día festivo|feriado|feriados|semana santa|fiestas patrias|" +
          "vacaciones de verano|vacaciones de fin de año|receso|después de las fiestas|" +
          "después de vacaciones|después de las vacaciones|después de semana santa|" +
          "después del feriado|después de año nuevo|después del carnaval|pasando las fiestas",
        "cuando regrese|a mi regreso|a mi vuelta|cuando vuelva|cuando regresemos|" +
          "cuando vuelva a la oficina|regreso el|regresaré el|estaré de vuelta|" +
          "cuando regrese el|cuando el gerente regrese|cuando mi jefe regrese",
        "la oficina está cerrada|oficina cerrada|oficinas cerradas|cerrado por vacaciones|" +
          "los bancos están cerrados|bancos cerrados",
        "contador|contadora|gerente|jefe|dueño|director|directora|encargado|encargada|" +
          "responsable … de vacaciones|de viaje|de licencia|enfermo|enferma|fuera",
      ],
      weak: [
        "vacaciones|viaje|feria|exposición|fiestas|navidad|año nuevo|carnaval|licencia|puente",
      ],
      against: [
        "ya regresé|ya estoy de vuelta|estoy de regreso|de vuelta en la oficina|he vuelto|" +
          "acabo de regresar|recién regreso|volví de|regresé de|ya volví",
      ],
      masks: [
        "felices fiestas|feliz navidad|feliz año nuevo|felices vacaciones|feliz año|" +
          "próspero año nuevo|tus vacaciones|sus vacaciones|buen viaje|feliz semana santa|" +
          "buen fin de semana|licencia de importación|licencia de importacion|licencia sanitaria",
      ],
    },
    fr: {
      strong: [
        "en vacances|en congé|en congés|congé maladie|arrêt maladie|en arrêt|malade|hospitalisé|" +
          "hospitalisée|à l'hôpital|en déplacement|en voyage|voyage d'affaires|absent|absente|" +
          "hors du bureau|pas au bureau|à l'étranger|en mission",
        "au salon|sur le salon|à la foire|à l'exposition|jours fériés|jour férié|" +
          "fêtes de fin d'année|pendant les fêtes|après les fêtes|après les vacances|" +
          "après le ramadan|pendant le ramadan|après l'aïd|pendant l'aïd|fête de l'aïd|" +
          "congés d'été|vacances d'été|fermeture annuelle|après pâques",
        "à mon retour|dès mon retour|après mon retour|quand je serai de retour|serai de retour|suis de retour le|" +
          "sera de retour|serons de retour|de retour le|à son retour|dès son retour|quand je rentre|" +
          "quand il rentre|je rentre le|il rentre le",
        "bureau fermé|bureaux fermés|bureau est fermé|bureaux sont fermés|usine fermée|" +
          "banques sont fermées|banques fermées",
        "comptable|directeur|directrice|patron|responsable|gérant|gérante … en congé*|" +
          "en vacances|absent*|en déplacement|en voyage|malade",
      ],
      weak: ["vacances|congé|congés|absence|déplacement|voyage|salon|foire|fêtes|ramadan|aïd|noël"],
      against: [
        "suis de retour au bureau|suis bien de retour|sommes de retour au bureau|suis rentré|" +
          "suis rentrée|sommes rentrés|viens de rentrer|de retour depuis|rentré de|rentrée de",
      ],
      masks: [
        "bonnes vacances|bonnes fêtes|bonne année|joyeux noël|aïd moubarak|aid moubarak|" +
          "bon ramadan|ramadan moubarak|vos vacances|bon voyage|bon week-end|bonne fête|" +
          "votre absence|votre retour|votre congé|absence de|en l'absence",
      ],
    },
    de: {
      strong: [
        "im urlaub|in urlaub|urlaubsbedingt|auf geschäftsreise|auf dienstreise|geschäftsreise|" +
          "dienstreise|auf reisen|bin unterwegs|bin derzeit unterwegs|bin gerade unterwegs|" +
          "nicht im büro|außer haus|abwesend|krank|krankgeschrieben|erkrankt|im krankenhaus|" +
          "in elternzeit|elternzeit",
        "auf der messe|auf einer messe|messebesuch|feiertag|feiertage|feiertagen|" +
          "betriebsferien|betriebsurlaub|weihnachtsferien|osterferien|sommerferien|" +
          "zwischen den jahren|brückentag|nach den feiertagen|nach dem urlaub|nach meinem urlaub|" +
          "nach ostern|nach neujahr|nach dem ramadan|während des ramadan",
        "nach meiner rückkehr|nach seiner rückkehr|bei meiner rückkehr|wenn ich zurück bin|" +
          "wenn er zurück ist|wieder erreichbar ab|zurück am|zurück ab",
        "bin ab|ist ab|sind ab … wieder im büro|wieder da|wieder erreichbar|wieder zurück|zurück",
        "büro ist geschlossen|büro geschlossen|betrieb ist geschlossen|banken sind geschlossen|" +
          "banken geschlossen",
        "buchhalter*|buchhaltung|chef|chefin|geschäftsführer*|inhaber*|zuständige* … " +
          "im urlaub|unterwegs|auf reisen|auf geschäftsreise|krank|abwesend|nicht im büro",
      ],
      weak: [
        "urlaub|reise|messe|unterwegs|im ausland|abwesenheit|weihnachten|ostern|neujahr|ramadan|ferien",
      ],
      against: [
        "bin wieder da|bin jetzt zurück|bin wieder zurück|zurück aus dem urlaub|" +
          "aus dem urlaub zurück|bin wieder im büro|jetzt wieder im büro|sind wieder da",
      ],
      masks: [
        "schönen urlaub|frohe weihnachten|frohe feiertage|schöne feiertage|guten rutsch|" +
          "frohes neues|frohe ostern|ihren urlaub|ihr urlaub|ihrem urlaub|gute reise|" +
          "schönes wochenende|ramadan kareem",
      ],
    },
    pt: {
      strong: [
        "de férias|em férias|de licença|licença médica|licença maternidade|atestado médico|" +
          "doente|internado|internada|no hospital|em viagem|viajando|de viagem|viagem de negócios|" +
          "fora do escritório|fora da empresa|fora do país|ausente",
        "na feira|numa feira|na exposição|feriado|feriados|feriadão|recesso|" +
          "festas de fim de ano|depois das férias|depois do carnaval|depois do feriado|" +
          "depois das festas|após o feriado|após as férias|após o carnaval|férias coletivas",
        "quando eu voltar|quando retornar|quando eu retornar|no meu retorno|após meu retorno|" +
          "após o meu retorno|quando ele voltar|quando ele retornar|estarei de volta|" +
          "retorno no dia|retorno dia|volto no dia|volto dia",
        "escritório fechado|escritório está fechado|escritório estará fechado|" +
          "bancos fechados|bancos estão fechados|empresa fechada",
        "contador|financeiro|diretor|diretora|chefe|dono|gerente|responsável … de férias|" +
          "em férias|viajando|em viagem|de licença|doente|fora",
      ],
      weak: ["férias|viagem|feira|licença|carnaval|natal|ano novo|festas"],
      against: [
        "já voltei|estou de volta|voltei de|retornei|acabei de voltar|acabei de chegar|" +
          "já retornei|de volta ao escritório",
      ],
      masks: [
        "boas festas|feliz natal|feliz ano novo|boas férias|suas férias|boa viagem|" +
          "bom fim de semana|feliz páscoa|licença de importação|segunda-feira|terça-feira|" +
          "quarta-feira|quinta-feira|sexta-feira|segunda feira|terça feira|quarta feira|" +
          "quinta feira|sexta feira",
      ],
    },
    ru: {
      strong: [
        "в отпуске|в отпуск|ушел в отпуск|ушёл в отпуск|в командировке|в командировку|" +
          "на выставке|в поездке|в отъезде|не в офисе|вне офиса|отсутствую|" +
          "болею|болен|больна|заболел*|на больничном|больничн*|в больнице",
        "новогодние каникулы|новогодних каникул|после праздников|после новогодних|" +
          "после отпуска|после каникул|майские праздники|майских праздников|праздничные дни|" +
          "праздничных дней|во время праздников|в праздники|после рамадана|во время рамадана",
        "после возвращения|по возвращении|когда вернусь|как вернусь|вернусь|вернется|вернётся|" +
          "когда вернется|когда вернётся|буду в офисе|выйду на работу|выйдет на работу|" +
          "вернусь в офис",
        "офис закрыт|офис не работает|банки не работают|банки закрыты",
        "бухгалтер*|директор*|руководител*|начальник*|генеральн* … в отпуске|в командировке|" +
          "болеет|на больничном|уехал*|отсутству*",
      ],
      weak: [
        "отсутствует|за границей|за рубежом|отпуск*|командировк*|выставк*|праздник*|каникул*|рамадан|ураза|курбан|уехал*",
      ],
      against: ["вернулся|вернулась|вернулись|я снова в офисе|уже в офисе|вышел из отпуска"],
      masks: [
        "с праздником|с праздниками|с новым годом|с рождеством|хорошего отпуска|" +
          "хороших выходных|хорошего отдыха|ваш отпуск|вашего отпуска|приятного отдыха|" +
          "с наступающим|рамадан карим",
      ],
    },
    ar: {
      strong: [
        "في إجازة|في اجازة|في عطلة|إجازة سنوية|اجازة سنوية|إجازة مرضية|اجازة مرضية|" +
          "مسافر|مسافرة|في سفر|على سفر|رحلة عمل|خارج المكتب|خارج البلاد|خارج الدولة|" +
          "غير متواجد|غير موجود في المكتب|في المعرض|مريض|مريضة|في المستشفى|بالمستشفى",
        "عطلة رسمية|عطلة العيد|إجازة العيد|اجازة العيد|عيد الفطر|عيد الأضحى|عيد الاضحى|" +
          "خلال رمضان|في رمضان|بعد رمضان|بعد العيد|بعد عيد|بعد الإجازة|بعد الاجازة|بعد العطلة|" +
          "خلال العطلة|خلال الإجازة|خلال العيد|موسم الحج|الحج|العمرة|عطلة نهاية السنة|رأس السنة",
        "عند عودتي|بعد عودتي|عند العودة|بعد العودة|حين عودتي|عند رجوعي|بعد رجوعي|عندما أعود|" +
          "عندما يعود|بعد عودته|عند عودته|سأعود|سيعود",
        "المكتب مغلق|المكاتب مغلقة|الشركة مغلقة|البنوك مغلقة|البنوك معطلة|البنوك في عطلة",
        "المحاسب|المدير|المسؤول|صاحب الشركة|مدير الحسابات|المدير المالي … إجازة|اجازة|مسافر|" +
          "خارج|سفر|مريض",
      ],
      weak: ["إجازة|اجازة|عطلة|العيد|رمضان|سفر|معرض|المعرض|الأعياد"],
      against: [
        "لقد عدت|عدت إلى|عدت من|رجعت إلى|رجعت من|عدت الآن|عدنا إلى|عدنا من|أنا الآن في المكتب",
      ],
      masks: [
        "عيد مبارك|عيد سعيد|كل عام وأنتم بخير|كل عام وانتم بخير|رمضان كريم|رمضان مبارك|" +
          "إجازة سعيدة|اجازة سعيدة|عطلة سعيدة|سنة سعيدة|رحلة سعيدة|إجازتك|اجازتك|عطلتك|" +
          "عيد الفطر المبارك|عيد أضحى مبارك|عيد الأضحى المبارك|سأعود إليك|سأعود اليك|" +
          "سأعود لك|سأعود إليكم|سأعود اليكم|سنعود إليكم|سنعود اليكم",
      ],
    },
  },
};
