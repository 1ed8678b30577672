import type { DataClass } from '@qorgau/shared';
import type { Lang } from '../i18n';

/**
 * What a person should do when this kind of their data leaked, tied to the frauds people in
 * Kazakhstan actually meet. Shown under each breach that holds them, one line per data class.
 */
export const ADVICE: Record<Lang, Record<DataClass, string>> = {
  kk: {
    iin: 'ЖСН-іңізбен алаяқтар несие рәсімдеуге тырысуы мүмкін. Шектеуді сақтаңыз және «Кім тексерді» бетінде бейтаныс тексерулерді қараңыз.',
    full_name: 'Аты-жөніңізді білетін адам сенімді көрінуі мүмкін. Атыңызды атап қоңырау шалушыға тек сол себепті сенбеңіз.',
    phone: '«Курьерлер», «коммуналдық қызметтер» немесе «банк қызметі» атынан SMS-код сұрайтын қоңыраулар күтіңіз. Кодты ешкімге айтпаңыз — тұтқаны қойыңыз.',
    email: 'Фишингтік хаттардан сақ болыңыз: хаттағы сілтеме арқылы кірмеңіз, пошта құпиясөзін ауыстырып, екі факторлы кіруді қосыңыз.',
    address: 'Үйге келген «тексерушілер» мен «курьерлерден» құжат сұраңыз; есікті бейтаныс адамдарға ашпаңыз.',
    birth_date: 'Туған күніңізді құпия сұрақ немесе PIN ретінде пайдаланбаңыз; оны білетін қоңырау шалушыға сенбеңіз.',
    id_document: 'Куәлік деректерімен несие немесе SIM-карта рәсімделуі мүмкін. Шектеуді сақтаңыз, қажет болса, куәлікті ауыстырыңыз.',
    bank_card: 'Картаны банк қосымшасында бұғаттап, қайта шығарыңыз. Төлемдер тарихын тексеріңіз.',
    bank_account: 'Банкке хабарлаңыз және шот қозғалысын бақылаңыз; «қауіпсіз шотқа» ақша аударуды сұраған адам — алаяқ.',
    vehicle_plate: 'Көлік нөмірі бойынша «айыппұл» туралы хабарламалар алаяқтық болуы мүмкін: айыппұлды тек eGov арқылы тексеріңіз.',
    order_history: 'Тапсырыстарыңызды білетін «дүкен қызметкерлері» қайтарым немесе сыйлық деп код сұрауы мүмкін — кодты бермеңіз.',
    password: 'Бұл құпиясөзді дереу ауыстырыңыз — ол қолданылған барлық жерде — және екі факторлы кіруді қосыңыз.',
    health: 'Денсаулық туралы мәліметтерді пайдаланып «емдеу» немесе «сақтандыру» ұсынатын қоңырауларға сенбеңіз.',
    biometric: 'Биометрияны ауыстыру мүмкін емес: банкте биометриялық кіруге қосымша растауды қосыңыз.',
    other: 'Сіз туралы көп білетін бейтаныс адамдардың өтініштеріне сақ болыңыз.',
  },
  ru: {
    iin: 'По вашему ИИН мошенники могут пытаться оформить кредит. Сохраните ограничение и проверяйте незнакомые запросы на странице «Кто проверял».',
    full_name: 'Зная ваше имя, звонящий кажется надёжнее. Не доверяйте только потому, что вас назвали по имени.',
    phone: 'Ждите звонков от «курьеров», «коммунальных служб» и «службы безопасности банка» с просьбой назвать код из SMS. Никому не называйте код — положите трубку.',
    email: 'Остерегайтесь фишинговых писем: не входите по ссылкам из писем, смените пароль почты и включите двухфакторный вход.',
    address: 'Спрашивайте документы у «проверяющих» и «курьеров», пришедших домой; не открывайте дверь незнакомым.',
    birth_date: 'Не используйте дату рождения как ответ на секретный вопрос или PIN-код; не доверяйте звонящему, который её знает.',
    id_document: 'По данным удостоверения могут оформить кредит или SIM-карту. Сохраните ограничение; при необходимости замените удостоверение.',
    bank_card: 'Заблокируйте карту в приложении банка и перевыпустите её. Проверьте историю платежей.',
    bank_account: 'Сообщите в банк и следите за движением по счёту; кто просит перевести деньги на «безопасный счёт» — мошенник.',
    vehicle_plate: 'Сообщения о «штрафах» по госномеру могут быть мошенническими: проверяйте штрафы только через eGov.',
    order_history: '«Сотрудники магазина», знающие ваши заказы, могут просить код «для возврата» или «подарка» — не называйте его.',
    password: 'Сразу смените этот пароль — везде, где он использовался, — и включите двухфакторный вход.',
    health: 'Не доверяйте звонкам с предложением «лечения» или «страховки», где ссылаются на ваши медицинские данные.',
    biometric: 'Биометрию нельзя заменить: включите в банке дополнительное подтверждение для входа по биометрии.',
    other: 'Будьте осторожны с просьбами незнакомых людей, которые много о вас знают.',
  },
  en: {
    iin: 'Fraudsters may try to take loans with your IIN. Keep the restriction, and check “Who checked me” for inquiries you do not recognise.',
    full_name: 'A caller who knows your name sounds trustworthy. Do not trust anyone just because they call you by name.',
    phone: 'Expect calls from “couriers”, “utility services” or “the bank’s security team” asking for an SMS code. Never tell anyone the code — hang up.',
    email: 'Watch for phishing: do not sign in through links in e-mails, change your e-mail password and turn on two-factor sign-in.',
    address: 'Ask “inspectors” and “couriers” at your door for identification; do not let strangers in.',
    birth_date: 'Do not use your date of birth as a PIN or a security answer; do not trust a caller because they know it.',
    id_document: 'Your ID details can be used to take loans or SIM cards. Keep the restriction; replace the document if you need to.',
    bank_card: 'Block the card in your bank’s app and have it reissued. Check your recent payments.',
    bank_account: 'Tell your bank and watch your account; anyone asking you to move money to a “safe account” is a fraudster.',
    vehicle_plate: 'Messages about “fines” for your plate may be a scam: check fines only on eGov.',
    order_history: '“Shop staff” who know your orders may ask for a code “for a refund” or “a gift” — never give it.',
    password: 'Change this password now — everywhere you used it — and turn on two-factor sign-in.',
    health: 'Do not trust calls offering “treatment” or “insurance” that mention your medical details.',
    biometric: 'Biometrics cannot be changed: ask your bank for an extra confirmation on biometric sign-in.',
    other: 'Be careful with requests from strangers who seem to know a lot about you.',
  },
};
