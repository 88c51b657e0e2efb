import type { ReasonCues } from "./types";

// Another supplier looks more attractive, or the buyer wants to renegotiate
// (PRODUCT.md §4). Praise that names the others ("better than other
// suppliers") is masked, so it does not read as a threat.

export const COMPETITOR: ReasonCues = {
  reason: "competitor",
  cues: {
    en: {
      strong: [
        "other supplier|other suppliers|another supplier|another vendor|other vendor*|" +
          "another factory|other factory|other factories|another manufacturer|other manufacturer*|" +
          "different supplier|new supplier|alternative supplier*|" +
          "competitor|competitors|competition|your competitor*|other companies offer",
        "cheaper offer|cheaper price|cheaper quote|cheaper quotation|cheaper option|" +
          "cheaper elsewhere|cheaper than yours|cheaper than you|lower price|lower prices|" +
          "lower offer|lower quote|lower quotation|better offer|better quote|better quotation|" +
          "more competitive offer|more competitive price|much cheaper",
        "found|offered|offers|offering|quoted|quoting|sells|selling … cheaper|lower price*|" +
          "better price*|lower cost",
        "order with another|order with a different|buy from another|buying from another|" +
          "purchase from another|source from another|sourcing from another|switch to another",
        "supplier|factory|manufacturer|vendor|company … offered|offers|quoted|gave us|giving us … " +
          "better|lower|cheaper|more competitive",
        "discuss the price|discuss the prices|discuss price*|price again|prices again|" +
          "talk about the price",
        "same product*|same quality|same item*|same goods … cheaper",
        "your price is too high|your prices are too high|price is too high|prices are too high|" +
          "price is high|price is very high|too expensive|" +
          "not competitive|no longer competitive|out of the market|above the market",
        "renegotiate|re-negotiate|renegotiation|negotiate the price|negotiate a better price|" +
          "review the price|review your price*|revise the price|revise your price*|" +
          "reconsider the price|reduce the price|reduce your price*|lower your price*|" +
          "lower the price|price reduction|match the price|match their price|match this price|" +
          "beat the price|beat their price",
        "comparing offers|compare offers|comparing prices|compare prices|comparing quotations|" +
          "compare quotations|other quotes|other quotations|other offers|several offers|" +
          "several quotations|evaluating other|looking at other options|considering other options|" +
          "looking for another supplier|change supplier|change the supplier|switch supplier*",
      ],
      weak: [
        "better price|best price|discount|special price|price adjustment|more competitive|" +
          "very expensive|quite expensive|better terms|better conditions|" +
          "longer payment terms|better payment terms|credit terms|open account|cancel the order|" +
          "cancel this order|put the order on hold",
      ],
      masks: [
        "better than other suppliers|better than others|cheaper than other suppliers|" +
          "than other suppliers|than your competitors|than the competition|than our other suppliers|" +
          "compared to other suppliers|we prefer you|we prefer your|your price is good|" +
          "your price is fine|your price is ok|price is acceptable|no other supplier|" +
          "only supplier|competition law",
      ],
    },
    zh: {
      strong: [
        "别家|别的供应商|其他供应商|其他工厂|别的工厂|其他厂家|别的厂家|其他家|" +
          "别的厂|其他厂|新供应商|竞争对手|竞品|別家|別的供應商|其他供應商|其他工廠|別的工廠|" +
          "其他廠家|別的廠家|新供應商|競爭對手|競品",
        "更便宜|便宜很多|便宜不少|价格更低|更低的价格|更低价格|价格比你们低|报价更低|报价比你们低|" +
          "更好的价格|更优惠|价格更有优势|價格更低|更低的價格|報價更低|更好的價格|更優惠",
        "价格太高|价格偏高|价格高了|价格有点高|你们的价格高|你们价格太高|太贵|贵了|偏贵|有点贵|" +
          "没有竞争力|没竞争力|價格太高|價格偏高|價格有點高|太貴|貴了|偏貴|有點貴|沒有競爭力",
        "重新谈价格|重新议价|重新谈|再谈价格|再谈一下价格|降价|降一点|降点价|便宜一点|便宜点|" +
          "能不能便宜|能否便宜|调整价格|价格调整|比价|货比三家|重新議價|重新談|再談價格|降價|" +
          "降一點|便宜一點|能不能便宜|調整價格|價格調整|比價",
      ],
      weak: [
        "同行|另一家|另外一家|优惠|折扣|账期|賬期|帳期|優惠|取消订单|取消訂單|暂停订单|暫停訂單",
      ],
      masks: ["比别家好|比其他供应商好|比別家好|比其他供應商好|比同行好|只跟你们合作|只跟你們合作"],
    },
    es: {
      strong: [
        "otro proveedor|otros proveedores|otra fábrica|otro fabricante|otros fabricantes|" +
          "nuevo proveedor|proveedor alternativo|la competencia|competidor|competidores|" +
          "su competencia",
        "más barato|más económico|precio más bajo|precios más bajos|mejor oferta|oferta más baja|" +
          "cotización más baja|una oferta mejor|oferta más barata|mucho más barato",
        "nos ofrecen|nos ofrecieron|nos cotizaron|nos cotizan|nos venden … más bajo|más barato|menor precio",
        "precio muy alto|precio es alto|precio está alto|precio es muy alto|precios altos|" +
          "precios muy altos|muy caro|demasiado caro|está caro|están caros|no es competitivo|" +
          "no son competitivos",
        "renegociar|renegociación|negociar el precio|revisar el precio|revisar los precios|" +
          "bajar el precio|bajar sus precios|rebajar el precio|reducir el precio|mejorar el precio|" +
          "mejorar su precio|igualar el precio|comparando precios|comparar precios|" +
          "comparando cotizaciones|comparar cotizaciones|otras cotizaciones|otras ofertas|" +
          "cambiar de proveedor|mejores condiciones",
      ],
      weak: [
        "mejor precio|descuento|precio especial|más plazo|cancelar el pedido|cancelar la orden",
      ],
      masks: [
        "mejor que otros proveedores|más barato que otros proveedores|que la competencia|" +
          "que otros proveedores|preferimos a ustedes|su precio está bien|su precio es bueno",
      ],
    },
    fr: {
      strong: [
        "autre fournisseur|autres fournisseurs|un autre fabricant|autre fabricant|autre usine|" +
          "nouveau fournisseur|fournisseur alternatif|la concurrence|concurrent|concurrents|" +
          "vos concurrents",
        "moins cher|moins chère|moins chers|prix plus bas|prix inférieur|meilleure offre|" +
          "offre plus intéressante|offre plus basse|offre concurrente|offre moins chère|" +
          "devis moins cher|beaucoup moins cher",
        "propose|proposé|proposent|offre|offrent|vend|vendent … moins cher|prix plus bas",
        "trop cher|trop chère|prix trop élevé|prix trop élevés|prix élevé|prix sont élevés|" +
          "prix est élevé|très cher|pas compétitif|plus compétitif",
        "renégocier|renégociation|négocier le prix|revoir le prix|revoir vos prix|revoir les prix|" +
          "baisser le prix|baisser vos prix|réduire le prix|vous aligner|comparer les offres|" +
          "comparons les offres|autres offres|autres devis|changer de fournisseur|" +
          "conditions plus avantageuses",
      ],
      weak: ["meilleur prix|réduction|remise|rabais|geste commercial|annuler la commande"],
      masks: [
        "meilleur que les autres fournisseurs|que la concurrence|que vos concurrents|" +
          "que les autres fournisseurs|votre prix est bon|votre prix nous convient",
      ],
    },
    de: {
      strong: [
        "anderer lieferant|anderen lieferanten|andere lieferanten|einen anderen lieferanten|" +
          "anderen hersteller|anderer hersteller|andere hersteller|neuer lieferant|" +
          "neuen lieferanten|wettbewerber|konkurrenz|konkurrent*|mitbewerber",
        "günstigeres angebot|günstigere angebote|besseres angebot|billigeres angebot|" +
          "niedrigerer preis|niedrigeren preis|niedrigere preise|besseren preis|günstiger angeboten|" +
          "billiger angeboten|deutlich günstiger|viel günstiger|viel billiger|woanders günstiger|" +
          "anderswo günstiger",
        "zu teuer|preis ist zu hoch|preise sind zu hoch|preis ist hoch|preise sind hoch|" +
          "sehr teuer|nicht wettbewerbsfähig|nicht konkurrenzfähig",
        "nachverhandeln|neu verhandeln|preis verhandeln|über den preis sprechen|preis überdenken|" +
          "preis senken|preise senken|preissenkung|preisnachlass|angebote vergleichen|" +
          "vergleichsangebot*|andere angebote|alternative angebote|lieferanten wechseln|" +
          "lieferantenwechsel|bessere konditionen",
      ],
      weak: ["günstiger|billiger|rabatt|nachlass|skonto|bestellung stornieren|auftrag stornieren"],
      masks: [
        "besser als andere lieferanten|als die konkurrenz|als andere lieferanten|" +
          "als ihre wettbewerber|ihr preis ist gut|ihr preis passt",
      ],
    },
    pt: {
      strong: [
        "outro fornecedor|outros fornecedores|outra fábrica|outro fabricante|outros fabricantes|" +
          "novo fornecedor|fornecedor alternativo|concorrente|concorrentes|concorrência",
        "mais barato|mais em conta|preço menor|preço mais baixo|preços mais baixos|melhor oferta|" +
          "oferta melhor|proposta melhor|proposta mais barata|oferta mais barata|" +
          "cotação mais baixa|bem mais barato",
        "ofereceram|oferecem|cotaram|vendem … mais barato|preço menor|preço mais baixo",
        "muito caro|caro demais|preço alto|preço está alto|preço muito alto|preços altos|" +
          "não é competitivo|fora do mercado",
        "renegociar|renegociação|negociar o preço|rever o preço|revisar o preço|baixar o preço|" +
          "reduzir o preço|melhorar o preço|cobrir a oferta|outras cotações|outras propostas|" +
          "comparando preços|comparar preços|comparando cotações|trocar de fornecedor|" +
          "condições melhores|melhores condições",
      ],
      weak: ["melhor preço|desconto|preço especial|mais prazo|cancelar o pedido"],
      masks: [
        "melhor que outros fornecedores|que a concorrência|que os concorrentes|" +
          "que outros fornecedores|seu preço está bom|seu preço é bom",
      ],
    },
    ru: {
      strong: [
        "другой поставщик|другого поставщика|других поставщиков|другие поставщики|" +
          "другим поставщиком|у другого поставщика|другой завод|другого завода|" +
          "другого производителя|другой производитель|нового поставщика|альтернативн* поставщик*|" +
          "конкурент*",
        "дешевле|более низк* цен*|лучшая цена|лучшую цену|лучшее предложение|" +
          "более выгодн* предложени*|намного дешевле|подешевле|дешевле",
        "нашли … поставщик*|производител*|завод*",
        "цена|цены … ниже",
        "предложили|предлагают|продают … дешевле|ниже",
        "слишком дорого|очень дорого|высокая цена|цена высокая|цены высокие|неконкурентн*",
        "цена|цены … завышен*",
        "пересмотреть цен*|пересмотр* цен*|пересмотр* услови*|снизить цен*|снижение цен*|" +
          "сбросить цен*|переговоры о цене|обсудить цен*|сравниваем предложения|" +
          "сравнить предложения|другие предложения|альтернативн* предложени*|сменить поставщика",
      ],
      weak: ["дорого|выгоднее|скидк*|лучше условия|отсрочк* платеж*|отменить заказ|отмена заказа"],
      masks: [
        "лучше других поставщиков|чем у других поставщиков|чем у конкурентов|" +
          "ваша цена устраивает|цена нас устраивает",
      ],
    },
    ar: {
      strong: [
        "مورد آخر|موردين آخرين|مورد اخر|موردين اخرين|مصنع آخر|مصنع اخر|مصانع أخرى|مورد جديد|" +
          "منافس|منافسين|المنافسين|المنافسة|منافسيكم",
        "أرخص|ارخص|سعر أقل|أسعار أقل|سعر ارخص|عرض أفضل|عرض افضل|عرض أرخص|عروض أرخص|" +
          "أفضل سعر|سعر أفضل|عرض أقل|سعرا أقل|أسعارا أقل|سعرا أفضل|موردا آخر|مصنعا آخر|وجدنا موردا",
        "السعر مرتفع|الأسعار مرتفعة|أسعاركم مرتفعة|سعركم مرتفع|غالي جدا|غالية جدا|مكلف جدا|" +
          "غير تنافسي|غير منافس",
        "إعادة التفاوض|اعادة التفاوض|التفاوض على السعر|مراجعة السعر|مراجعة الأسعار|" +
          "تخفيض السعر|خفض السعر|تخفيض الأسعار|عروض أخرى|عروض اخرى|مقارنة الأسعار|" +
          "مقارنة العروض|تغيير المورد|شروط أفضل",
      ],
      weak: ["خصم|تخفيض|إلغاء الطلب|الغاء الطلب|مهلة أطول"],
      masks: [
        "أفضل من الموردين الآخرين|أفضل من المنافسين|أرخص من المنافسين|أفضل من غيركم|سعركم مناسب|السعر مناسب",
      ],
    },
  },
};
