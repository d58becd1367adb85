/**
 * Postings in the languages the plan does not write in still have their duties, requirements
 * and offer read from their own headings, so the plan can quote them; and a posting's
 * language is named right, or not named, rather than guessed from a few short words.
 */
import { describe, expect, it } from 'vitest';
import { splitDescription } from '../../src/core/analyze/sections';
import { detectLanguage } from '../../src/core/language';
import { indefiniteArticle } from '../../src/core/prep/grammar';

const kinds = (description: string) => splitDescription(description).headings.map((h) => h.kind);
const sectionOf = (description: string, text: string) => splitDescription(description).sentences.find((s) => s.text === text)?.section;

describe('section headings in more languages', () => {
  it('reads Croatian, Polish, Russian, Ukrainian, Italian, Portuguese and Turkish headings', () => {
    expect(kinds('Što ćeš raditi\n- voditi tim\nŠto očekujemo\n- iskustvo\nŠto nudimo\n- ugovor')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Zakres obowiązków:\n- planowanie przewozów\nWymagania:\n- prawo jazdy kat. B\nOferujemy:\n- umowę o pracę')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Обязанности:\n- поиск поставщиков\nТребования:\n- опыт от 3 лет\nУсловия:\n- график 5/2')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Обов’язки:\n- ведення документації\nВимоги:\n- досвід\nМи пропонуємо:\n- офіційне працевлаштування')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Mansioni\n- gestione del magazzino\nRequisiti\n- patentino del muletto\nOffriamo\n- contratto a tempo indeterminato')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Responsabilidades\n- acompanhar as obras\nRequisitos\n- cursando engenharia\nBenefícios\n- vale-transporte')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('İş Tanımı\n- satış hedefleri\nAranan Nitelikler\n- üniversite mezunu\nYan Haklar\n- yemek kartı')).toEqual(['role', 'requirements', 'benefits']);
  });

  it('reads Vietnamese, Lithuanian, Greek, Bulgarian, Welsh and Portuguese headings', () => {
    expect(kinds('Mô tả\n- Tư vấn phần mềm kế toán\nYêu cầu\n- Tốt nghiệp Cao đẳng\nQuyền lợi\n- Lương tháng 13')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Darbo pobūdis\n- Krovinių planavimas\nReikalavimai\n- Anglų kalba\nĮmonė siūlo\n- Sveikatos draudimą')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Αρμοδιότητες\n- Τήρηση βιβλίων\nΑπαιτούμενα προσόντα\n- Πτυχίο λογιστικής\nΠαρέχονται\n- Ασφάλιση')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Отговорности\n- Обслужване на клиенти\nИзисквания\n- Немски език\nПредлагаме\n- Обучение')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('Dyletswyddau\n- Trefnu digwyddiadau\nGofynion\n- Trwydded yrru')).toEqual(['role', 'requirements']);
    expect(kinds('Funções\n- Acolhimento dos utentes\nRequisitos\n- Licenciatura\nOferece-se\n- Contrato de trabalho')).toEqual(['role', 'requirements', 'benefits']);
  });

  it('reads Japanese, Korean and Chinese headings, with the marks around them and two characters long', () => {
    expect(kinds('【仕事内容】\nルート営業をお任せします。\n【応募資格】\n普通自動車免許\n【待遇】\n賞与年2回')).toEqual(['role', 'requirements', 'benefits']);
    expect(kinds('■ 담당업무\n- API 설계\n■ 자격요건\n- 경력 3년 이상\n■ 우대사항\n- AWS 경험\n■ 복리후생\n- 성과급')).toEqual(['role', 'requirements', 'nice', 'benefits']);
    expect(kinds('岗位职责：\n1、负责客户维护\n任职要求：\n1、大专以上学历\n福利待遇：\n五险一金')).toEqual(['role', 'requirements', 'benefits']);
  });

  it('puts the list under a heading in its section', () => {
    const text = 'Wymagania:\n- minimum 2 lata doświadczenia w spedycji\n- prawo jazdy kat. B';
    expect(sectionOf(text, 'prawo jazdy kat. B')).toBe('requirements');
  });

  it('ends a Chinese or Japanese sentence at its full-width mark', () => {
    const { sentences } = splitDescription('当社は静岡市の会社です。今回はルート営業を募集します。');
    expect(sentences.map((s) => s.text)).toEqual(['当社は静岡市の会社です。', '今回はルート営業を募集します。']);
  });
});

describe('the language of a posting', () => {
  it('names the language of its script, and of Polish, Croatian, Turkish and Romanian words', () => {
    expect(detectLanguage('当社は静岡市を中心に約1万2千世帯へLPガスを供給し、給湯器やコンロ、リフォームのご相談までお引き受けしている地域密着の会社です。')).toBe('ja');
    expect(detectLanguage('负责公司产品在杭州地区的销售与运营工作，维护客户关系，完成销售目标，协助团队制定推广计划。')).toBe('zh');
    expect(detectLanguage('한빛물류시스템은 전국 220여 개 물류센터에서 사용하는 창고관리 플랫폼을 직접 개발하고 운영하는 회사입니다.')).toBe('ko');
    expect(detectLanguage('Шукаємо бухгалтера з первинної документації. Обов’язки: ведення первинної документації, звірка з контрагентами.')).toBe('uk');
    expect(detectLanguage('Оптовые поставки металлопроката и трубной продукции предприятиям Урала. Обязанности: поиск поставщиков и ведение переговоров.')).toBe('ru');
    expect(
      detectLanguage('Adriamed d.o.o. je jedan od vodećih distributera medicinskog materijala u Hrvatskoj. Opskrbljujemo više od 400 bolnica i ljekarni, a od jeseni selimo u novi centar. Za vođenje centra tražimo osobu koja voli red i ljude.'),
    ).toBe('hr');
    expect(detectLanguage('W związku z rozwojem działu spedycji poszukujemy kandydatów na stanowisko specjalisty do spraw logistyki w naszym oddziale w Opolu i nie tylko.')).toBe('pl');
  });

  it('names no language rather than guessing from a few short words', () => {
    // Finnish has no list here; its short words match none well enough.
    expect(detectLanguage('Etsimme kokenutta varastotyöntekijää Tampereen logistiikkakeskukseen. Tehtäviisi kuuluu tavaran vastaanotto, keräily ja lähettäminen asiakkaille.')).toBeNull();
  });
});

describe('articles before a name in another script', () => {
  it('reads capitals that run into another script letter by letter', () => {
    expect(indefiniteArticle('NC旋盤オペレーター（正社員）')).toBe('an');
    expect(indefiniteArticle('QA担当')).toBe('a');
    expect(indefiniteArticle('SQLite expert')).toBe('a');
  });
});
