import { cross, type ReasonCues } from "./types";

// Another supplier looks more attractive, or the buyer wants to renegotiate
// (PRODUCT.md §4): a cheaper offer from another factory, a price compared with
// others or with the market, a market price that fell since the order, a
// discount or price adjustment asked to match. Praise that names the others
// ("better than other suppliers") is masked, so it does not read as a threat,
// and so is "we are not looking for another supplier".

/** Raw materials whose market price buyers quote when they ask to adjust ours. */
const MATERIALS_EN =
  "steel|stainless steel|iron|copper|aluminium|aluminum|zinc|nickel|tin|brass|cotton|yarn|" +
  "polyester|plastic|resin|pvc|polyethylene|polypropylene|pulp|paper|rubber|raw material*|" +
  "material*|commodit*";
const MATERIALS_ES =
  "acero|hierro|cobre|aluminio|zinc|níquel|algodón|hilado|poliéster|plástico|resina|pvc|" +
  "polietileno|polipropileno|celulosa|papel|caucho|materia prima|materias primas|insumos";
const MATERIALS_FR =
  "acier|inox|fer|cuivre|aluminium|zinc|nickel|coton|fil|polyester|plastique|résine|pvc|" +
  "polyéthylène|polypropylène|pâte|papier|caoutchouc|matière première|matières premières";
const MATERIALS_PT =
  "aço|ferro|cobre|alumínio|zinco|níquel|algodão|fio|poliéster|plástico|resina|pvc|" +
  "polietileno|polipropileno|celulose|papel|borracha|petróleo|matéria-prima|matéria prima|" +
  "matérias-primas|matérias primas|insumos";

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
          "more competitive offer|more competitive price|much cheaper|considerably cheaper|" +
          "significantly cheaper|substantially cheaper|a lot cheaper|far cheaper|way cheaper|" +
          "cheaper supplier|cheaper factory|cheaper source|better deal|for less elsewhere",
        "found|offered|offers|offering|quoted|quoting|sells|selling … cheaper|lower price*|" +
          "better price*|lower cost",
        "order with another|order with a different|buy from another|buying from another|" +
          "purchase from another|source from another|sourcing from another|switch to another|" +
          "buy elsewhere|source elsewhere|order elsewhere|purchase elsewhere|shop around|" +
          "shopping around",
        "supplier|factory|manufacturer|vendor|company … offered|offers|quoted|gave us|giving us … " +
          "better|lower|cheaper|more competitive",
        "supplier|suppliers|factory|factories|manufacturer|manufacturers|vendor|vendors|mill|mills … " +
          "cheaper|lower price|lower prices|lower quote|below your*|below you|below yours|for less",
        "quotation|quote|offer|quotations|quotes|offers|proposal … from a|from an|from another|" +
          "from two|from several|from other … supplier*|factor*|manufacturer*|vendor*|mill|mills",
        cross(
          "talking to|talking with|speaking to|speaking with|in talks with|negotiating with|" +
            "in contact with|met|meeting|approached by|been offered by",
          "a few|several|some|other|two|three|many|different|new|a new|another|local"
        ) +
          " … factories|factory|suppliers|supplier|manufacturers|manufacturer|vendors|vendor|mills",
        "discuss the price|discuss the prices|discuss price*|price again|prices again|" +
          "talk about the price|talk about your price*|talk about price*|discuss your price*|" +
          "discuss pricing|discuss the pricing|revisit the price*|revisit your price*|revisit pricing",
        "same product*|same quality|same item*|same goods|same spec*|same specification* … cheaper|" +
          "lower price*|for less",
        "your price is too high|your prices are too high|price is too high|prices are too high|" +
          "price is high|price is very high|too expensive|overpriced|uncompetitive|" +
          "not competitive|no longer competitive|less competitive|out of the market|above the market|" +
          "above market price*|above market level",
        cross(
          "higher than|more expensive than|above|pricier than",
          "others|the others|other suppliers|other vendors|other factories|other offers|other quotes|" +
            "the market|market price*|market level|competitors|the competition|your competitors|" +
            "the rest|everyone else|anyone else"
        ),
        "price|prices|pricing|quote|quotation|offer … among the highest|the highest|highest in|" +
          "highest of|highest among|well above|far above|higher than others|higher than the others",
        "quoted below|priced below|came in below|below your price*|below your quote*|below your offer|" +
          "undercut*|beat your price*|beat your offer|beat your quote",
        "renegotiate|re-negotiate|renegotiation|negotiate the price|negotiate a better price|" +
          "review the price|review your price*|revise the price|revise your price*|" +
          "reconsider the price|reduce the price|reduce your price*|lower your price*|" +
          "lower the price|price reduction|match the price|match their price|match this price|" +
          "beat the price|beat their price|match their offer|match the offer|match that offer|" +
          "match their quote|match the quote|match that price|match the market|meet their price|" +
          "adjust your price*|adjust the unit price*|price concession|price cut",
        "comparing offers|compare offers|comparing prices|compare prices|comparing quotations|" +
          "compare quotations|comparing quotes|compare quotes|comparing suppliers|compare suppliers|" +
          "price comparison|other quotes|other quotations|other offers|several offers|" +
          "several quotations|several quotes|evaluating other|looking at other options|" +
          "considering other options|looking for another supplier|change supplier|change the supplier|" +
          "switch supplier*|changing supplier*|alternative offers|competing offers|competing quotes",
        "benchmark* … price*|contract*|supplier*",
        "price|prices|pricing … dropped|fallen|come down|came down|gone down|went down|softened|" +
          "decreased … across the market|in the market|on the market|market-wide|worldwide|globally",
        "in line with|on par with|to the level of|level with|align with|aligned with|closer to … " +
          "others|other suppliers|other offers|other quotes|the market|market level|market price*|" +
          "competitors|the competition|what others",
        "higher than what|more than what|above what … others|other suppliers|the market|" +
          "competitors|the competition",
        "sourcing from|source from|switched to|switching to|moving to|move to|shifting to|" +
          "shifted to … cheaper|for less|lower price*|better price*",
        "under yours|below yours|under your price*|under your quote*|under your offer",
        "market price*|market prices|prices in the market|price* on the market|world price*|" +
          "commodity price* … dropped|fell|fallen|gone down|went down|come down|came down|" +
          "decreased|declined|is down|are down|softened|collapsed|lower",
        "price of|prices of|cost of … " +
          MATERIALS_EN +
          " … dropped|fell|fallen|gone down|went down|come down|came down|decreased|declined|" +
          "is down|are down|softened|collapsed",
        MATERIALS_EN +
          " … price*|prices … dropped|fell|fallen|gone down|went down|come down|came down|" +
          "decreased|declined|is down|are down|softened|collapsed",
      ],
      weak: [
        "better price|best price|discount|special price|price adjustment|more competitive|" +
          "very expensive|quite expensive|better terms|better conditions|" +
          "longer payment terms|better payment terms|credit terms|open account|cancel the order|" +
          "cancel this order|put the order on hold|credit note|credit memo|overpaid|overpaying|" +
          "paid too much|paying too much|supplier review|tender|bids|rfq|request for quotation|" +
          "adjust the price|price* dropped|prices have dropped|prices have fallen|price war|" +
          "look elsewhere|go elsewhere|several suppliers|price increase|same product",
      ],
      masks: [
        "better than other suppliers|better than others|cheaper than other suppliers|" +
          "than other suppliers|than your competitors|than the competition|than our other suppliers|" +
          "compared to other suppliers|we prefer you|we prefer your|your price is good|" +
          "your price is fine|your price is ok|price is acceptable|no other supplier|" +
          "only supplier|competition law|happy with your price*|happy with the price*|" +
          "our other supplier|our other suppliers|my other suppliers|all our suppliers|" +
          "sell at lower price*|selling at lower price*|sold at lower price*|sell at a lower price|" +
          "pay other suppliers|pay our other suppliers|paying other suppliers|owe other suppliers|" +
          "other suppliers to pay|" +
          cross(
            "no intention of|no intention to|no plan to|no plans to|not planning to|not going to|" +
              "won't|will not|do not want to|don't want to",
            "switch suppliers|switching suppliers|switch supplier|switching supplier|" +
              "change supplier|changing supplier|change suppliers|changing suppliers|" +
              "look for another supplier|looking for another supplier"
          ),
        "other offers|other quotes|other suppliers … don't interest us|do not interest us|" +
          "are not of interest",
        "market price of our|market prices of our|price of our|prices of our|our selling price*|" +
          "our sales price*|our own price* … dropped|fell|fallen|gone down|went down|come down|" +
          "came down|decreased|declined|lower",
        "freight quote|freight quotes|freight rate*|shipping rate*|freight cost*|ocean freight … " +
          "lower|cheaper|better|below",
      ],
    },
    zh: {
      strong: [
        "别家|别的供应商|其他供应商|其它供应商|其他工厂|其它工厂|别的工厂|其他厂家|其它厂家|别的厂家|" +
          "其他家|别的厂|其他厂|新供应商|竞争对手|竞品|友商|别人家|另一家供应商|另外一家供应商|" +
          "另一家工厂|另外一家工厂|另一家厂|另外一家厂|另一个供应商|另外一个供应商|另外的供应商|" +
          "几家供应商|几间供应商|多家供应商|几个供应商|几家工厂|几家厂|多家工厂|" +
          "別家|別的供應商|其他供應商|其它供應商|其他工廠|別的工廠|其他廠家|別的廠家|新供應商|" +
          "競爭對手|競品|另一家供應商|另外一家供應商|另一家工廠|另外一家工廠|幾家供應商|幾間供應商|" +
          "多家供應商|幾家工廠",
        "更便宜|便宜很多|便宜不少|价格更低|更低的价格|更低价格|价格比你们低|报价更低|报价比你们低|" +
          "更好的价格|更优惠|价格更有优势|性价比更高|更有竞争力的价格|价格低了不少|价格低不少|" +
          "价格低很多|价格低了很多|便宜一成|便宜两成|便宜近一成|便宜快一成|便宜了一成|便宜百分之|" +
          "价格低一成|低一成|低两成|價格更低|更低的價格|報價更低|更好的價格|更優惠|" +
          "價格低了不少|價格低不少|價格低很多|便宜一成|便宜兩成",
        "比你们|比你哋|比贵司|比你们家|比贵公司|比你們|比貴司|比貴公司 … 低|便宜|平啲|平好多|平咗|优惠|優惠|划算",
        "报了|报的|报给|报得|報了|報的|報得|报价|報價|给的价|給的價 … 更低|低了|低不少|低很多|便宜",
        "同款|同样的|一样的|同類|同类|同等|差不多的|同样|一樣的|同樣 … 便宜|价格低|價格低|更低|" +
          "低了不少|低很多|低了很多|报价低|報價低",
        "价格太高|价格偏高|价格高了|价格有点高|你们的价格高|你们价格太高|太贵|贵了|偏贵|有点贵|" +
          "没有竞争力|没竞争力|价格最高|报价最高|高于市场|高出市场|比市场价高|比别家高|比同行高|" +
          "價格太高|價格偏高|價格有點高|太貴|貴了|偏貴|有點貴|沒有競爭力|價格最高|報價最高",
        "重新谈价格|重新议价|重新谈|再谈价格|再谈一下价格|降价|降一点|降点价|便宜一点|便宜点|" +
          "能不能便宜|能否便宜|调整价格|价格调整|比价|货比三家|让一让|让点价|让一点|让利|压价|" +
          "聊聊价格|谈谈价格|谈一下价格|聊一下价格|商量一下价格|价格再谈|价格再聊|再谈谈价格|" +
          "议价空间|调整单价|调整一下单价|调一下单价|单价调整|单价下调|下调单价|下调价格|" +
          "换供应商|更换供应商|换一家供应商|换工厂|换厂家|比较报价|对比报价|比较几家|对比几家|" +
          "比紧|重新議價|重新談|再談價格|降價|降一點|便宜一點|能不能便宜|調整價格|價格調整|比價|" +
          "讓一讓|讓利|壓價|談談價格|聊聊價格|調整單價|換供應商|更換供應商",
        "价格|报价|價格|報價|单价|單價 … 最高|最贵|最貴",
        "跟别人一样|和别人一样|跟别家一样|和别家一样|别人的价格|别人的报价|人家的价格|人家的报价|" +
          "同行的价格|同行价|同行的报价|跟別人一樣|和別人一樣|別人的價格|別人的報價|同行的價格",
        "价格|价钱|單價|单价|價格|價錢 … 商量|有没有空间|有沒有空間|余地|餘地",
        "铜价|钢价|铝价|锌价|镍价|棉价|纸价|原材料价格|原料价格|材料价格|市场价|市场价格|" +
          "行情价|大宗商品|铁矿石|塑料价格|树脂价格|銅價|鋼價|鋁價|原材料價格|原料價格|市場價|市場價格 … " +
          "跌|下跌|降了|下降|回落|大跌|走低|便宜了",
      ],
      weak: [
        "同行|另一家|另外一家|优惠|折扣|打折|账期|賬期|帳期|優惠|取消订单|取消訂單|暂停订单|暫停訂單|" +
          "商量的余地|招标|投标|询价|詢價|招標|同款|返点|返利|折让|红字发票",
      ],
      masks: [
        "比别家好|比其他供应商好|比別家好|比其他供應商好|比同行好|只跟你们合作|只跟你們合作|" +
          "运费|海运费|运价|费率|運費|費率|不会换供应商|不换供应商|不打算换|不考虑别家|不考虑其他|" +
          "不會換供應商|不換供應商",
        "运费报价|海运费报价|货代报价|物流报价|运费的报价|運費報價|貨代報價 … 低了|更低|低不少|" +
          "低很多|便宜",
      ],
    },
    es: {
      strong: [
        "otro proveedor|otros proveedores|otra fábrica|otras fábricas|otro fabricante|" +
          "otros fabricantes|nuevo proveedor|proveedor alternativo|la competencia|competidor|" +
          "competidores|su competencia|otra empresa nos|otras empresas nos",
        "más barato|más barata|más baratos|más baratas|más económico|más económica|" +
          "más económicos|precio más bajo|precios más bajos|mejor oferta|oferta más baja|" +
          "cotización más baja|una oferta mejor|oferta más barata|mucho más barato|" +
          "oferta más conveniente|precio más competitivo|precios más competitivos",
        "nos ofrecen|nos ofrecieron|nos cotizaron|nos cotizan|nos venden … más bajo|más barato|" +
          "más barata|menor precio|por debajo",
        "oferta|ofertas|cotización|cotizaciones|propuesta|presupuesto … de una fábrica|de un fabricante|" +
          "de un proveedor|de otra fábrica|de otro fabricante|de varios proveedores|de dos proveedores|" +
          "de varias fábricas",
        "proveedor|proveedores|fábrica|fábricas|fabricante|fabricantes … más barato|más barata|" +
          "por debajo|más bajo|más bajos|menor precio|mejor precio",
        "precio muy alto|precio es alto|precio está alto|precio es muy alto|precios altos|" +
          "precios muy altos|muy caro|demasiado caro|está caro|están caros|no es competitivo|" +
          "no son competitivos|fuera de mercado|fuera del mercado|dejó de ser competitivo|" +
          "ya no es competitivo|ya no son competitivos|poco competitivo|poco competitivos|" +
          "el más caro|los más caros|el precio más alto",
        cross(
          "por encima|más alto|más altos|más alta|más caro|más caros|superior|superiores",
          "de los demás|que los demás|de otros|que otros|del mercado|que el mercado|" +
            "de la competencia|que la competencia|a los demás|al mercado|a la competencia|" +
            "al de otros|a otros|al precio de mercado|de otros proveedores|que otros proveedores"
        ),
        "por debajo de ustedes|por debajo de su precio|por debajo de su oferta|" +
          "por debajo de su cotización|por debajo de sus precios|más bajo que ustedes|" +
          "más barato que ustedes|más baratos que ustedes|más barata que ustedes|cotizaron por debajo|" +
          "más baja que la suya|más bajo que el suyo|más bajos que los suyos|más bajas que las suyas|" +
          "más barata que la suya|más barato que el suyo|por debajo de la suya|por debajo del suyo|" +
          "inferior a la suya|inferior al suyo|menor que la suya|menor que el suyo",
        "renegociar|renegociación|negociar el precio|revisar el precio|revisar los precios|" +
          "revisar su precio|revisar sus precios|bajar el precio|bajar sus precios|" +
          "rebajar el precio|reducir el precio|mejorar el precio|mejorar su precio|" +
          "igualar el precio|igualar la oferta|igualar esa oferta|igualar su oferta|" +
          "comparando precios|comparar precios|comparando cotizaciones|comparar cotizaciones|" +
          "comparando ofertas|comparar ofertas|comparando propuestas|comparando proveedores|" +
          "otras cotizaciones|otras ofertas|cambiar de proveedor|mejores condiciones|" +
          "ajustar el precio unitario|ajustar los precios unitarios|ajustar su precio|" +
          "ajustar sus precios|hablar del precio|hablar de precio|hablar sobre el precio|" +
          "conversar el precio|discutir el precio|rebaja de precio|reducción de precio",
        "precio|precios|cotización|costo|costos|valor … " +
          MATERIALS_ES +
          " … bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió|" +
          "se redujo|se redujeron|disminuyó|disminuyeron",
        "precio de mercado|precios de mercado|precios internacionales|precio internacional … " +
          "bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió",
        "bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió … " +
          "precio del|precio de la|precios del|precios de la|precio de|costo del … " +
          MATERIALS_ES,
      ],
      weak: [
        "mejor precio|descuento|precio especial|más plazo|cancelar el pedido|cancelar la orden|" +
          "nota de crédito|rebaja|licitación|concurso de precios|ajustar el precio|ajuste de precio|" +
          "ajuste del precio|igualar|igualan|igualarla|mismo producto|misma calidad",
      ],
      masks: [
        "mejor que otros proveedores|más barato que otros proveedores|que la competencia|" +
          "que otros proveedores|preferimos a ustedes|su precio está bien|su precio es bueno|" +
          "tu precio está bien|tu precio es bueno|pagar a otros proveedores|" +
          cross(
            "no estamos buscando|no buscamos|no vamos a buscar|no queremos|no pensamos|no vamos a|" +
              "sin intención de",
            "otro proveedor|otros proveedores|cambiar de proveedor|cambiar proveedor"
          ),
      ],
    },
    fr: {
      strong: [
        "autre fournisseur|autres fournisseurs|un autre fabricant|autre fabricant|autre usine|" +
          "autres usines|autres fabricants|nouveau fournisseur|fournisseur alternatif|la concurrence|" +
          "concurrent|concurrents|vos concurrents|remettre en concurrence|remis en concurrence|" +
          "remise en concurrence|mise en concurrence|mis en concurrence|remet en concurrence",
        "moins cher|moins chère|moins chers|moins chères|prix plus bas|prix inférieur|" +
          "prix inférieurs|meilleure offre|offre plus intéressante|offre plus basse|offre concurrente|" +
          "offres concurrentes|offre moins chère|devis moins cher|beaucoup moins cher|" +
          "prix plus compétitif|prix plus compétitifs|offre plus compétitive",
        "propose|proposé|proposent|offre|offrent|vend|vendent … moins cher|prix plus bas",
        "offre|offres|devis|proposition|cotation … d'un fournisseur|d'une usine|d'un fabricant|" +
          "d'une autre usine|de deux fournisseurs|de plusieurs fournisseurs|d'un concurrent",
        "fournisseur|fournisseurs|usine|usines|fabricant|fabricants … moins cher|moins chers|" +
          "en dessous|en-dessous|plus bas|inférieur*",
        "trop cher|trop chère|prix trop élevé|prix trop élevés|prix élevé|prix sont élevés|" +
          "prix est élevé|très cher|pas compétitif|plus compétitif|plus compétitifs|" +
          "hors marché|hors du marché|peu compétitif|n'est plus compétitif|le plus cher|" +
          "les plus chers|prix le plus élevé|prix les plus élevés|offre la plus chère",
        cross(
          "plus élevé|plus élevés|plus élevée|plus élevées|plus cher|plus chers|plus chère|" +
            "au-dessus|au dessus|supérieur|supérieurs|supérieure|supérieures",
          "que les autres|que nos autres|que d'autres|du marché|que le marché|de la concurrence|" +
            "que la concurrence|des autres|à la concurrence|au marché|aux autres|au prix du marché|" +
            "que vos concurrents|de vos concurrents|à ceux des autres|à celui des autres"
        ),
        "prix|tarif|tarifs … plus élevé que|plus élevés que|plus cher que|plus chers que",
        "en dessous de vous|en-dessous de vous|en dessous de votre prix|en dessous de vos prix|" +
          "en dessous de votre offre|moins cher que vous|moins chers que vous|plus bas que vous|" +
          "inférieur au vôtre|inférieurs aux vôtres|inférieur à votre prix|inférieurs à vos prix|" +
          "inférieure à la vôtre|inférieures aux vôtres|plus basse que la vôtre|plus bas que le vôtre|" +
          "moins chère que la vôtre|moins cher que le vôtre|moins chers que les vôtres",
        "renégocier|renégociation|négocier le prix|revoir le prix|revoir vos prix|revoir les prix|" +
          "revoir votre prix|revoir votre tarif|baisser le prix|baisser vos prix|baisser votre prix|" +
          "réduire le prix|réduire vos prix|vous aligner|aligner vos prix|aligner votre prix|" +
          "s'aligner sur|comparer les offres|comparons les offres|comparer les prix|comparons les prix|" +
          "comparaison des offres|comparaison des prix|autres offres|autres devis|" +
          "changer de fournisseur|conditions plus avantageuses|effort sur le prix|effort sur les prix|" +
          "effort sur vos prix|effort sur votre prix|geste sur le prix|geste sur les prix|" +
          "ajuster le prix unitaire|ajuster les prix unitaires|ajuster votre prix|ajuster vos prix|" +
          "discuter du prix|discuter des prix|discuter le prix|parler du prix|parler des prix|" +
          "baisse de prix|baisse des prix|baisse tarifaire",
        "prix|cours|cotation|cotations|coût … " +
          MATERIALS_FR +
          " … baissé|a baissé|ont baissé|chuté|a chuté|ont chuté|diminué|reculé|recule|reculent|" +
          "en baisse|s'est effondré|dégringolé",
        "prix du marché|prix de marché|prix mondiaux|cours mondiaux … baissé|a baissé|ont baissé|" +
          "chuté|a chuté|ont chuté|diminué|reculé|en baisse",
      ],
      weak: [
        "meilleur prix|réduction|remise|rabais|geste commercial|annuler la commande|note de crédit|" +
          "appel d'offres|consultation|ajuster le prix|ajustement de prix|ajustement du prix|" +
          "geste équivalent|même produit|même qualité",
      ],
      masks: [
        "meilleur que les autres fournisseurs|que la concurrence|que vos concurrents|" +
          "que les autres fournisseurs|votre prix est bon|votre prix nous convient|" +
          "vos prix nous conviennent|payer les autres fournisseurs|payer nos autres fournisseurs|" +
          "remise documentaire|remise de documents|remise en banque|remise à l'encaissement|" +
          cross(
            "ne cherchons pas|ne comptons pas|ne voulons pas|n'avons pas l'intention de|" +
              "pas question de|sans intention de",
            "changer de fournisseur|un autre fournisseur|d'autres fournisseurs"
          ),
      ],
    },
    de: {
      strong: [
        "anderer lieferant|anderen lieferanten|andere lieferanten|einen anderen lieferanten|" +
          "anderem lieferanten|anderen hersteller|anderer hersteller|andere hersteller|" +
          "anderem hersteller|anderer anbieter|anderen anbieter|andere anbieter|anderem anbieter|" +
          "andere fabrik|anderen fabrik|anderes werk|neuer lieferant|neuen lieferanten|" +
          "neuer anbieter|neuen anbieter|wettbewerber|konkurrenz|konkurrent*|mitbewerber|" +
          "günstigeren anbieter|günstigerer anbieter|günstigeren lieferanten|günstigerer lieferant",
        "günstigeres angebot|günstigere angebote|besseres angebot|billigeres angebot|" +
          "niedrigerer preis|niedrigeren preis|niedrigere preise|besseren preis|günstiger angeboten|" +
          "billiger angeboten|deutlich günstiger|viel günstiger|viel billiger|woanders günstiger|" +
          "anderswo günstiger|woanders billiger|anderswo billiger|wesentlich günstiger|" +
          "erheblich günstiger|deutlich billiger|wesentlich billiger|preiswerteres angebot|attraktiveres angebot|konkurrenzangebot*|" +
          "wettbewerbsangebot*|gegenangebot*",
        "angebot|angebote|offerte|preis|preise … eines|einer|von einem|von einer|aus … " +
          "herstellers|hersteller|lieferanten|anbieters|anbieter|fabrik|produzenten",
        "hersteller|lieferant|lieferanten|anbieter|fabrik … günstiger|billiger|unter ihrem|" +
          "unter ihren|unter ihnen|niedriger*",
        "dieselbe qualität|die gleiche qualität|gleiche qualität|dieselbe ware|die gleiche ware|" +
          "gleichen artikel|gleiche artikel|dasselbe produkt|das gleiche produkt|gleiche produkt … " +
          "günstiger|billiger|preiswerter|niedriger*",
        "unter ihrem preis|unter ihren preisen|unter ihrem angebot|" +
          "günstiger als sie|billiger als sie|günstiger als ihr*|billiger als ihr*|" +
          "niedriger als ihr*",
        "zu teuer|preis ist zu hoch|preise sind zu hoch|preis ist hoch|preise sind hoch|" +
          "sehr teuer|nicht wettbewerbsfähig|nicht konkurrenzfähig|nicht mehr wettbewerbsfähig|" +
          "nicht mehr konkurrenzfähig|überteuert|nicht marktgerecht|am teuersten|der teuerste|" +
          "die teuersten|höchsten preis|höchste preis",
        "über dem wettbewerb|über dem markt|über dem marktpreis|über dem marktniveau|" +
          "über den marktpreisen|über den wettbewerbern|über den anderen angeboten|" +
          "über der konkurrenz|über den mitbewerbern|über den anderen anbietern|" +
          cross(
            "höher als|teurer als|höher als bei|teurer als bei",
            "der markt|der wettbewerb|die anderen|andere|anderen|die konkurrenz|der konkurrenz|" +
              "konkurrenz|wettbewerbern|mitbewerbern|anderen lieferanten|andere lieferanten|" +
              "anderen anbietern|andere anbieter|anderen angeboten|marktniveau|marktpreis"
          ),
        "über marktniveau|über marktpreis|über dem marktdurchschnitt|preis liegt über|" +
          "preise liegen über|preis liegt deutlich über|preise liegen deutlich über",
        "nachverhandeln|neu verhandeln|preis verhandeln|über den preis sprechen|preis überdenken|" +
          "preis senken|preise senken|preissenkung|preisnachlass|angebote vergleichen|" +
          "vergleichsangebot*|andere angebote|alternative angebote|lieferanten wechseln|" +
          "lieferantenwechsel|bessere konditionen|anbieter wechseln|preisvergleich|" +
          "preise vergleichen|preise verglichen|angebote verglichen|angebote eingeholt|" +
          "angebote einholen|ihren preis senken|ihre preise senken|ihren preis anpassen|" +
          "ihre preise anpassen|ihren preis überdenken|ihren preis überprüfen",
        "stückpreis|stückpreise|einzelpreis … anpassen|anzupassen|senken|reduzieren",
        cross(
          "über den preis|über ihren preis|über ihre preise|über die preise|über unseren preis|" +
            "über den stückpreis",
          "reden|sprechen|verhandeln|diskutieren|unterhalten"
        ),
        "marktpreis*|rohstoffpreis*|stahlpreis*|edelstahlpreis*|kupferpreis*|aluminiumpreis*|" +
          "materialpreis*|weltmarktpreis*|börsenpreis*|baumwollpreis*|kunststoffpreis* … " +
          "gefallen|gesunken|zurückgegangen|eingebrochen|nachgegeben|gefallen ist|gesunken ist",
        "preis|preise … stahl|edelstahl|kupfer|aluminium|rohstoff*|material*|kunststoff|baumwolle|" +
          "markt … gefallen|gesunken|zurückgegangen|eingebrochen|nachgegeben",
      ],
      weak: [
        "günstiger|billiger|rabatt|nachlass|skonto|bestellung stornieren|auftrag stornieren|" +
          "gutschrift|ausschreibung|preisanpassung|preis anpassen|preise anpassen|wettbewerb|" +
          "gleiche qualität|gleichen artikel|gleiche artikel|gleiche produkt",
      ],
      masks: [
        "besser als andere lieferanten|als die konkurrenz|als andere lieferanten|" +
          "als ihre wettbewerber|ihr preis ist gut|ihr preis passt|ihre preise passen|" +
          "andere lieferanten bezahlen|anderen lieferanten bezahlen|" +
          "wettbewerbsrecht|kartellrecht",
        "andere angebote|anderen angebote|andere lieferanten|anderen lieferanten … " +
          "interessieren uns nicht|interessiert uns nicht|kein interesse|nicht interessiert",
        "wir bleiben bei ihnen|wollen nicht wechseln|nicht wechseln|keinen anderen lieferanten|" +
          "keine anderen lieferanten",
      ],
    },
    pt: {
      strong: [
        "outro fornecedor|outros fornecedores|outra fábrica|outras fábricas|outro fabricante|" +
          "outros fabricantes|novo fornecedor|fornecedor alternativo|concorrente|concorrentes|" +
          "concorrência",
        "mais barato|mais barata|mais baratos|mais baratas|mais em conta|preço menor|" +
          "preço mais baixo|preços mais baixos|melhor oferta|oferta melhor|proposta melhor|" +
          "proposta mais barata|oferta mais barata|cotação mais baixa|bem mais barato|" +
          "preço mais competitivo|preços mais competitivos|proposta mais vantajosa",
        "ofereceram|oferecem|cotaram|vendem … mais barato|mais barata|preço menor|preço mais baixo|" +
          "abaixo",
        "oferta|ofertas|proposta|propostas|cotação|cotações|orçamento … de uma fábrica|" +
          "de um fabricante|de um fornecedor|de outra fábrica|de dois fornecedores|" +
          "de vários fornecedores|de um concorrente",
        "fornecedor|fornecedores|fábrica|fábricas|fabricante|fabricantes … mais barato|" +
          "mais barata|abaixo|mais baixo|menor preço|preço menor|melhor preço",
        "muito caro|caro demais|preço alto|preço está alto|preço muito alto|preços altos|" +
          "não é competitivo|fora do mercado|deixou de ser competitivo|não é mais competitivo|" +
          "perdeu competitividade|pouco competitivo|o mais caro|o preço mais alto",
        cross(
          "mais alto|mais altos|mais caro|mais caros|acima|superior|superiores",
          "que os outros|dos outros|que outros|do mercado|que o mercado|da concorrência|" +
            "que a concorrência|aos outros|ao mercado|à concorrência|ao preço de mercado|" +
            "de outros fornecedores|que outros fornecedores|que os demais|dos demais"
        ),
        "abaixo de vocês|abaixo do seu preço|abaixo do preço de vocês|abaixo da sua proposta|" +
          "mais barato que vocês|mais baratos que vocês|mais barata que vocês|" +
          "menor que o de vocês|menor que o seu|menor que a sua|cotaram abaixo|abaixo do seu|" +
          "abaixo da sua|abaixo dos seus|mais baixo que o seu|mais baixa que a sua|inferior ao seu|" +
          "inferior à sua|mais barato que o seu|mais barata que a sua",
        "renegociar|renegociação|negociar o preço|rever o preço|revisar o preço|baixar o preço|" +
          "reduzir o preço|melhorar o preço|cobrir a oferta|outras cotações|outras propostas|" +
          "outras ofertas|comparando preços|comparar preços|comparando cotações|" +
          "comparando propostas|comparar propostas|comparando ofertas|comparar ofertas|" +
          "comparando fornecedores|trocar de fornecedor|condições melhores|melhores condições|" +
          "igualar o preço|igualar a oferta|igualar a proposta|acompanhar o preço|" +
          "acompanhar a proposta|acompanhar a oferta|ajuste do preço unitário|" +
          "ajustar o preço unitário|ajustar seu preço|ajustar o seu preço|rever seu preço|" +
          "conversar sobre o preço|falar sobre o preço|discutir o preço|redução de preço",
        "preço|preços|cotação|custo … " +
          MATERIALS_PT +
          " … caiu|caíram|baixou|baixaram|despencou|recuou|diminuiu|diminuíram|está em queda|" +
          "teve queda|caindo",
        "preço de mercado|preços de mercado|preços internacionais|preço internacional … caiu|" +
          "caíram|baixou|baixaram|despencou|recuou|diminuiu",
      ],
      weak: [
        "melhor preço|desconto|preço especial|mais prazo|cancelar o pedido|nota de crédito|" +
          "licitação|concorrência de preços|tá caro|está caro|ficou caro|ajuste de preço|" +
          "ajustar o preço|acompanharem|igualarem|mesmo produto|mesma qualidade",
      ],
      masks: [
        "melhor que outros fornecedores|que a concorrência|que os concorrentes|" +
          "que outros fornecedores|seu preço está bom|seu preço é bom|satisfeitos com o seu preço|" +
          "satisfeitos com o preço|pagar outros fornecedores|pagar os outros fornecedores|" +
          cross(
            "não vamos|não queremos|não pensamos em|não estamos procurando|não estamos buscando|" +
              "sem intenção de",
            "trocar de fornecedor|mudar de fornecedor|outro fornecedor|outros fornecedores"
          ),
      ],
    },
    ru: {
      strong: [
        "другой поставщик|другого поставщика|других поставщиков|другие поставщики|" +
          "другим поставщиком|у другого поставщика|другой завод|другого завода|" +
          "другого производителя|другой производитель|нового поставщика|альтернативн* поставщик*|" +
          "конкурент*|друг* фабрик*|друг* заводов|других производителей|нескольких поставщиков|" +
          "несколько поставщиков|несколько фабрик|нескольких фабрик|нескольких заводов",
        "дешевле|более низк* цен*|лучшая цена|лучшую цену|лучшее предложение|" +
          "более выгодн* предложени*|более выгодн* цен*|более выгодн* услови*|намного дешевле|подешевле|дешевле|ниже рынка|" +
          "ниже рыночн*|более конкурентн* цен*",
        "нашли … поставщик*|производител*|завод*|фабрик*",
        "цен*|стоимост*|прайс* … ниже",
        "предложили|предлагают|продают|дали|дают … дешевле|ниже",
        "поставщик*|фабрик*|завод*|производител* … дешевле|ниже|выгоднее|лучшую цену|лучшие цены",
        "слишком дорого|очень дорого|высокая цена|цена высокая|цены высокие|неконкурентн*|" +
          "перестал* быть конкурентн*|не конкурентн*|выше рынка|выше рыночн*|выше среднерыночн*|" +
          "дороже рынка|дороже рыночн*",
        "цена|цены … завышен*",
        "цен*|предложени* … самой высокой|самая высокая|самые высокие|самую высокую|" +
          "самых высоких|самым дорогим|самое дорогое|самый дорогой|самой дорогой",
        "выше|дороже … чем у других|чем у остальных|чем у конкурентов|чем на рынке|чем у всех|" +
          "других поставщиков|остальных поставщиков|конкурентов",
        "пересмотреть цен*|пересмотр* цен*|пересмотр* услови*|снизить цен*|снижение цен*|" +
          "сбросить цен*|скинуть цен*|уступить в цене|подвинуться по цене|подвинуться в цене|" +
          "пойти навстречу по цене|переговоры о цене|обсудить цен*|обсудить стоимость|" +
          "поговорить о цене|сравниваем предложения|сравнить предложения|сравниваем цены|" +
          "сравнить цены|сравнение цен|сравнение предложений|другие предложения|" +
          "альтернативн* предложени*|сменить поставщика|смене поставщика|поменять поставщика|" +
          "коммерческие предложения|коммерческих предложений|конкурентные предложения",
        "цен*|стоимост* … рыночн*|сырь*|сталь|металл*|медь|меди|алюмини*|полипропилен*|" +
          "полиэтилен*|пластик*|хлопок|хлопка … упал*|снизил*|снизят*|просел*|" +
          "подешевел*|опустил*|пошл* вниз|пошли вниз|обвалил*",
        "рыночн* цен*|цены на рынке|цена на рынке|цены на сырь*|цены на металл* … упал*|" +
          "снизил*|просел*|подешевел*|опустил*|пошли вниз|обвалил*",
        "сырь*|сталь|металл*|медь|алюмини*|полипропилен*|полиэтилен*|пластик*|хлопок … подешевел*",
      ],
      weak: [
        "дорого|выгоднее|скидк*|лучше условия|отсрочк* платеж*|отменить заказ|отмена заказа|" +
          "тендер*|кредит-нот*|скорректировать цен*|корректировк* цен*|такой же товар|" +
          "того же качества|аналогичн* товар*",
      ],
      masks: [
        "лучше других поставщиков|чем у других поставщиков|чем у конкурентов|" +
          "ваша цена устраивает|цена нас устраивает|ваши цены устраивают|платим поставщикам|" +
          "рассчитаться с другими поставщиками|расплатиться с поставщиками",
        "других фабрик|других поставщиков|других заводов|других производителей|конкурентов|" +
          "другие предложения … не интересн*|не интересуют|не рассматриваем|не нужны",
        "не собираемся менять поставщика|не будем менять поставщика|не планируем менять поставщика|" +
          "уходить не собираемся|не собираемся уходить",
      ],
    },
    ar: {
      strong: [
        "مورد آخر|موردين آخرين|مورد اخر|موردين اخرين|مصنع آخر|مصنع اخر|مصانع أخرى|مصانع اخرى|" +
          "مورد جديد|موردين آخرين|شركة أخرى|شركة اخرى|منافس|منافسين|المنافسين|المنافسة|منافسيكم|" +
          "عدة موردين|عدة مصانع|عدة عروض|كذا مصنع|كذا مورد|موردين آخرين|موردا آخر|مصنعا آخر",
        "أرخص|ارخص|سعر أقل|أسعار أقل|سعر ارخص|عرض أفضل|عرض افضل|عرض أرخص|عروض أرخص|" +
          "أفضل سعر|سعر أفضل|عرض أقل|سعرا أقل|أسعارا أقل|سعرا أفضل|وجدنا موردا|" +
          "أقل منكم|اقل منكم|أرخص منكم|ارخص منكم|أقل من سعركم|أقل من أسعاركم|اقل من سعركم|" +
          "أرخص من سعركم|أسعار تنافسية أكثر|سعر منافس أكثر",
        "مورد|موردان|موردين|موردون|مصنع|مصانع|مصنعان … سعر|أسعار|عرض|عروض … أقل|اقل|أرخص|ارخص|أفضل",
        cross(
          "أعلى|اعلى|أغلى|اغلى",
          "من غيركم|من الآخرين|من الاخرين|من المنافسين|من السوق|من سعر السوق|من أسعار السوق|" +
            "من باقي الموردين|من بقية الموردين|من الموردين|من غيرك|من البقية|من باقي|من بقية"
        ),
        "السعر مرتفع|الأسعار مرتفعة|أسعاركم مرتفعة|سعركم مرتفع|غالي جدا|غالية جدا|مكلف جدا|" +
          "غير تنافسي|غير منافس|أعلى سعر|اعلى سعر|الأعلى سعرا|أغلى سعر|فوق سعر السوق|" +
          "أعلى من سعر السوق|خارج السوق",
        "إعادة التفاوض|اعادة التفاوض|التفاوض على السعر|مراجعة السعر|مراجعة الأسعار|" +
          "مراجعة سعركم|مراجعة أسعاركم|تخفيض السعر|خفض السعر|تخفيض الأسعار|تخفيض سعركم|" +
          "عروض أخرى|عروض اخرى|مقارنة الأسعار|مقارنة العروض|تغيير المورد|شروط أفضل|" +
          "نتكلم في السعر|نتكلم عن السعر|نتحدث عن السعر|نتحدث في السعر|نتناقش في السعر|" +
          "نناقش السعر|مناقشة السعر|الحديث عن السعر|نتفاهم على السعر|نتفاهم في السعر|" +
          "تعديل سعر الوحدة|تخفيض سعر الوحدة|مطابقة السعر|مطابقة العرض|مطابقة الأسعار|" +
          "مطابقة أسعار|مثل باقي الموردين|مثل غيركم|بمستوى السوق|مستوى أسعار السوق",
        "أسعار السوق|الأسعار في السوق|الأسعار العالمية|أسعار المواد … انخفضت|انخفض|تراجعت|" +
          "تراجع|نزلت|هبطت|انهارت",
        "نقارن|نقارن بين|مقارنة|قارنا … عروض|العروض|الموردين|موردين|المصانع|عروض الأسعار",
        "حصلنا على|تلقينا|وصلنا|عندنا|لدينا … عرض … مورد|مصنع|شركة|أقل|أرخص|ارخص|أفضل",
        "انخفض|انخفاض|تراجع|هبط|هبوط|نزل|نزول|انهيار … سعر|أسعار … الحديد|الصلب|الفولاذ|النحاس|" +
          "الألمنيوم|الألومنيوم|الزنك|القطن|البلاستيك|المواد الخام|الخامات|المادة الخام|البوليمر|" +
          "البولي|الورق",
        "سعر|أسعار … الحديد|الصلب|الفولاذ|النحاس|الألمنيوم|الألومنيوم|الزنك|القطن|البلاستيك|" +
          "المواد الخام|الخامات|المادة الخام|الورق … انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت|نزل|نزلت",
      ],
      weak: [
        "خصم|تخفيض|إلغاء الطلب|الغاء الطلب|مهلة أطول|مناقصة|إشعار دائن|اشعار دائن|" +
          "تعديل السعر|تعديل الأسعار|نفس المنتج|نفس الجودة",
      ],
      masks: [
        "أفضل من الموردين الآخرين|أفضل من المنافسين|أرخص من المنافسين|أفضل من غيركم|سعركم مناسب|" +
          "السعر مناسب|أسعاركم مناسبة|لا ننوي تغيير المورد|لن نغير المورد|لا نريد تغيير المورد|" +
          "لا نفكر في تغيير المورد",
      ],
    },
  },
};
