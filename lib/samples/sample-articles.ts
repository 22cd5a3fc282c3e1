/**
 * Sample articles for the "Try a sample article" action and for tests. Written by the
 * Dvibhashi team for this app; the events, people and figures are invented.
 */

export interface SampleArticle {
  id: string;
  language: "hi" | "en";
  title: string;
  text: string;
}

export const HINDI_SAMPLE: SampleArticle = {
  id: "hindi-electric-buses",
  language: "hi",
  title: "बेंगलुरु में 500 नई इलेक्ट्रिक बसें",
  text: [
    "बेंगलुरु में 500 नई इलेक्ट्रिक बसें अगले साल से चलेंगी",
    "बेंगलुरु : 12 मार्च (एएनआई)। कर्नाटक सरकार ने मंगलवार को शहर में 500 नई इलेक्ट्रिक बसें चलाने की योजना को मंजूरी दे दी। ये बसें अगले साल जनवरी से सड़कों पर उतरेंगी।",
    "परिवहन मंत्री एम. बी. पाटिल ने बैठक के बाद पत्रकारों से कहा, “शहर की हवा साफ करना हमारी पहली जिम्मेदारी है। डीजल बसों को धीरे-धीरे हटाया जाएगा। लोगों को सस्ता और आरामदायक सफर मिलेगा।”",
    "योजना पर कुल 1,250 करोड़ रुपये खर्च होंगे। इसमें से 60 प्रतिशत राशि केंद्र सरकार देगी और बाकी राज्य सरकार वहन करेगी।",
    "नगर निगम के अनुसार शहर के 18 बस डिपो पर चार्जिंग स्टेशन बनाए जाएंगे। हर स्टेशन पर एक साथ 20 बसें चार्ज हो सकेंगी।",
    "एक बस पूरी तरह चार्ज होने के बाद लगभग 250 किलोमीटर चलेगी। इसमें 40 यात्रियों के बैठने की जगह होगी और व्हीलचेयर के लिए रैंप भी लगाया जाएगा।",
    "पर्यावरण विशेषज्ञ डॉ. सुनीता राव ने इस फैसले का स्वागत किया। उन्होंने कहा कि शहर में प्रदूषण का बड़ा कारण पुराने वाहन हैं, इसलिए यह कदम सही दिशा में है।",
    "हालांकि कुछ यात्री संगठनों ने किराए को लेकर चिंता जताई है। उनका कहना है कि नई बसों का किराया मौजूदा बसों से ज्यादा नहीं होना चाहिए।",
    "मंत्री ने भरोसा दिलाया कि किराए में कोई बढ़ोतरी नहीं होगी। छात्रों और वरिष्ठ नागरिकों के लिए रियायती पास पहले की तरह जारी रहेंगे।",
    "बसों में जीपीएस और सीसीटीवी कैमरे लगाए जाएंगे। यात्री मोबाइल ऐप पर बस की सही जगह और पहुंचने का समय देख सकेंगे।",
    "परिवहन विभाग ने कहा कि ड्राइवरों और मैकेनिकों को नई तकनीक का प्रशिक्षण दिया जाएगा। पहले चरण में 300 कर्मचारियों को तीन महीने की ट्रेनिंग मिलेगी।",
    "अधिकारियों को उम्मीद है कि इस योजना से हर साल करीब 40,000 टन कार्बन उत्सर्जन कम होगा। अगले चरण में मैसूरु और हुबली में भी ऐसी बसें चलाने पर विचार किया जा रहा है।",
  ].join("\n"),
};

export const ENGLISH_SAMPLE: SampleArticle = {
  id: "english-monsoon-farmers",
  language: "en",
  title: "Early monsoon brings relief to farmers",
  text: [
    "Early monsoon brings relief to farmers in Madhya Pradesh",
    "Bhopal, June 9: The monsoon reached Madhya Pradesh three days early this year, the weather department said on Sunday.",
    "Farmers in the eastern districts have started sowing soybean and paddy. Many of them said the early rain will save money on water.",
    "Dr. A. K. Mishra, a scientist at the state agriculture university, said the soil now holds enough moisture for the first crop.",
    "The state government has asked officials to keep seeds and fertiliser ready in every district.",
    "However, the department warned of heavy rain in four districts and asked people to stay away from rivers.",
  ].join("\n"),
};

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [HINDI_SAMPLE, ENGLISH_SAMPLE];
