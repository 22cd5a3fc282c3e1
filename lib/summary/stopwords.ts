/**
 * Words that carry grammar rather than content, ignored when sentences are compared.
 * The team's own lists, chosen for news copy.
 */
export const HINDI_STOPWORDS = new Set(
  `के का की को में से पर ने है हैं था थे थी थीं हो होगा होगी होंगे होता होती होते और तथा एवं या
  भी ही तो कि जो यह वह ये वे इस उस इन उन इसे उसे इसके उसके इनके उनके इसका उसका उनका उनकी इसकी उसकी
  अपने अपना अपनी तक लिए लिये साथ बाद पहले द्वारा कर करने करते करता करती किया किए किये गया गई गए
  गयी गये रहा रही रहे रहें जा जाता जाती जाते जाएगा जाएगी जाएंगे सकता सकती सकते हुआ हुई हुए कुछ
  कोई किसी सभी सब एक दो नहीं न अब वहां यहां जब तब क्या कैसे क्यों कहा बताया ओर बीच दौरान अनुसार
  मैं हम आप तुम उन्होंने इन्होंने उन्हें इन्हें हमें मुझे वाला वाली वाले लेकिन परंतु मगर क्योंकि इसलिए
  जबकि यदि अगर ताकि फिर`.split(/\s+/),
);

export const ENGLISH_STOPWORDS = new Set(
  `a an the and or but if then than that this these those there here is are was were be been
  being am has have had having do does did doing will would shall should can could may might
  must of in on at to for from by with without about into onto over under after before during
  between through against as it its it's he she they we i you him her them us me his their our
  my your who whom whose which what when where why how also only very more most less all some
  any each every other such no not nor so too just said says say told according per up down out
  off again further once both few own same while because until`.split(/\s+/),
);
