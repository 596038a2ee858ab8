#!/usr/bin/env python3
"""A second generator of registrations and tracing requests, written apart from `bin/haven generate`.

The matcher's defaults and trust regions were measured on data from our own generator (module `synth`), so
figures on that data alone cannot show whether the matcher has learnt the generator rather than the task.
This script shares no code, name list or noise model with it: other peoples (South Sudanese names with
baptismal ones beside them, Congolese post-names, Venezuelan double surnames), name pools that mix real names
with made-up ones of the same sound (so no knowledge file can know them), its own typing errors and
respellings, registrations that record the birth date as 1 January, a year and month, or an age, and its own
share of duplicates and of requests about children who were never registered. It writes the files of
`../shared/spec/MATCHING.md`: children.csv, requests.csv, truth_link.csv and truth_dedupe.csv.

    python3 bench/independent/generate.py --seed 5 --noise 0.3 --traceable 0.5 --zipf 0.1 --regfull 0.8 --out DIR

--noise scales typing errors, other spellings and swapped names; --zipf is the share of names drawn from a
steep frequency curve (the rest uniformly); --regfull the share of registrations with a full birth date
(requests: 80%); --dup the chance of a second registration of a child.
"""
import csv, random, sys, os, datetime, argparse

ap = argparse.ArgumentParser()
ap.add_argument('--children', type=int, default=100000)
ap.add_argument('--requests', type=int, default=10000)
ap.add_argument('--seed', type=int, default=1)
ap.add_argument('--noise', type=float, default=1.0)
ap.add_argument('--traceable', type=float, default=0.6)
ap.add_argument('--dup', type=float, default=0.08)
ap.add_argument('--zipf', type=float, default=0.5)
ap.add_argument('--regfull', type=float, default=0.55)
ap.add_argument('--out', required=True)
a = ap.parse_args()
R = random.Random(a.seed)
N = a.noise

def V(*xs): return list(xs)
# culture: nationality, male [(variants...)], female, family, places [(variants)], structure
C = {}
C['SYR'] = dict(
    male=[V('Mohammed','Muhammad','Mohamad','محمد'),V('Ahmad','Ahmed','أحمد'),V('Khaled','Khalid','خالد'),V('Omar','Umar','عمر'),
          V('Yousef','Youssef','Yusuf','يوسف'),V('Hamza','Hamzeh','حمزة'),V('Bilal','بلال'),V('Tarek','Tariq','طارق'),V('Ziad','Ziyad','زياد'),
          V('Kareem','Karim','كريم'),V('Samer','سامر'),V('Rami','رامي'),V('Anas','أنس'),V('Mustafa','Moustafa','مصطفى'),V('Ibrahim','Ebrahim','إبراهيم'),
          V('Abdullah','Abdallah','Abdulla','عبد الله'),V('Wael','Wail','وائل'),V('Firas','فراس'),V('Majd','مجد'),V('Qusai','Kusay','قصي')],
    female=[V('Fatima','Fatma','Fatimah','فاطمة'),V('Aisha','Aysha','Aicha','عائشة'),V('Maryam','Mariam','Mariem','مريم'),V('Nour','Noor','Nur','نور'),
          V('Hala','هلا'),V('Rana','رنا'),V('Layla','Leila','Laila','ليلى'),V('Zainab','Zeinab','Zaynab','زينب'),V('Salma','Selma','سلمى'),V('Huda','Hoda','هدى'),
          V('Rasha','رشا'),V('Dima','ديما'),V('Lina','Leena','لينا'),V('Yasmin','Yasmine','Jasmin','ياسمين'),V('Reem','Rim','ريم'),V('Sara','Sarah','سارة'),
          V('Ghina','Ghena','غنى'),V('Bayan','بيان'),V('Sidra','Sedra','سدرة'),V('Rahaf','رهف')],
    family=[V('Al-Hassan','Alhasan','Hassan','الحسن'),V('Haddad','Hadad','حداد'),V('Khalil','Khaleel','خليل'),V('Nasser','Nasir','Naser','ناصر'),
          V('Saleh','Salih','Salah','صالح'),V('Darwish','Darweesh','درويش'),V('Hamdan','حمدان'),V('Kassem','Qasim','Qassem','قاسم'),
          V('Al-Khatib','Alkhateeb','Khatib','الخطيب'),V('Mansour','Mansur','منصور'),V('Othman','Osman','Uthman','عثمان'),V('Jaber','Jabir','جابر'),
          V('Al-Shami','Shami','الشامي'),V('Obeid','Ubaid','عبيد'),V('Bakour','Bakkour','بكور'),V('Al-Ahmad','Alahmad','الأحمد'),V('Sweid','Swaid','سويد'),
          V('Al-Ali','Alali','العلي'),V('Hamwi','Hamawi','الحموي'),V('Kurdi','Al-Kurdi','الكردي')],
    places=[V('Aleppo','Halab','Alep','حلب'),V('Homs','Hims','حمص'),V('Idlib','Edleb','Idleb','إدلب'),V('Deir ez-Zor','Deir Ezzor','Dayr al-Zawr'),
          V('Raqqa','Al-Raqqah','Rakka'),V('Daraa','Deraa','Dara'),V('Hama','Hamah','حماة'),V('Damascus','Dimashq','Sham')],
    seps=['Gaziantep','Kilis','Izmir','Lesbos','Evros','Azaz'], struct='arab', script=0.10)
C['SSD'] = dict(
    male=[V('Deng','Ding'),V('Garang','Garaang'),V('Majok','Majook'),V('Akol','Akool'),V('Malual','Maluel'),V('Bol','Bool'),V('Chol','Cool','Chool'),
          V('Kuol','Kuel'),V('Mabior','Mabiour'),V('Makuei','Makwei'),V('Gatluak','Gatluok'),V('Riek','Riak'),V('Manyang','Manyaang'),V('Thon','Thoon'),
          V('Lual','Luol'),V('Mading','Madiing'),V('Ajak','Ajaak'),V('Kiir','Kir'),V('Gai','Guy'),V('Koang','Kuang')],
    female=[V('Nyandeng','Nyandeeng'),V('Achol','Achool'),V('Ayen','Ayeen'),V('Abuk','Abuuk'),V('Adut','Aduot'),V('Nyakim','Nyakiim'),V('Nyabol','Nyabool'),
          V('Aluel','Aluell'),V('Akuol','Akuel'),V('Yar','Yaar'),V('Atong','Atoong'),V('Awut','Awuot'),V('Nyayien','Nyaieen'),V('Nyibol','Nyiboll'),
          V('Achan','Achaan'),V('Ajok','Ajook'),V('Adau','Adaw'),V('Apajok','Apajook')],
    christian_m=['John','Peter','James','Daniel','Joseph','Samuel','David','Paul','Simon','Emmanuel'],
    christian_f=['Mary','Rebecca','Elizabeth','Grace','Martha','Sarah','Esther','Rose','Anna','Monica'],
    places=[V('Bor','Boor'),V('Malakal','Malakaal'),V('Wau','Waw'),V('Bentiu','Bentiu Town','Bantiu'),V('Juba'),V('Aweil','Awiel'),V('Yei','Yei Town'),V('Rumbek','Rumbeek')],
    seps=['Gambella','Kakuma','Adjumani','Renk','Kosti','Bidibidi'], struct='ssd', script=0)
C['COD'] = dict(
    male=[V('Jean'),V('Pierre'),V('Joseph'),V('Emmanuel'),V('Patrick'),V('Christian'),V('Dieudonné','Dieudonne','Dieu-Donné'),V('Fiston'),V('Bienvenu','Bienvenue'),
          V('Glody','Glodi'),V('Exaucé','Exauce'),V('Héritier','Heritier'),V('Trésor','Tresor'),V('Jonathan'),V('Chadrack','Shadrack'),V('Benjamin'),V('Jean-Paul','Jean Paul')],
    female=[V('Marie'),V('Grâce','Grace'),V('Esther'),V('Ruth'),V('Nadège','Nadege'),V('Chantal'),V('Divine'),V('Gloire'),V('Rachel'),V('Josiane'),
          V('Merveille','Merveil'),V('Benedicte','Bénédicte'),V('Sarah','Sara'),V('Naomie','Noemie'),V('Clarisse'),V('Furaha')],
    family=[V('Mbuyi','Mbuyu'),V('Kabongo','Kabongô'),V('Tshibangu','Tchibangu','Chibangu'),V('Ilunga','Ilonga'),V('Kasongo','Kassongo'),V('Mukendi','Mukandi'),
          V('Kalala'),V('Ngoy','Ngoie','Ngoyi'),V('Mwamba','Muamba'),V('Lukusa','Lukussa'),V('Nzuzi','Nzusi'),V('Mutombo','Mutombu'),V('Banza'),V('Kayembe','Kayembé'),
          V('Tshimanga','Chimanga','Tshimanga'),V('Bahati'),V('Amani'),V('Bisimwa','Bisimwá'),V('Murhula','Murula'),V('Cirhuza','Chirhuza')],
    places=[V('Goma'),V('Bukavu'),V('Beni'),V('Bunia'),V('Uvira'),V('Rutshuru','Rutchuru','Rutsuru'),V('Masisi'),V('Walikale')],
    seps=['Kisoro','Nyakabande','Nakivale','Kyangwali','Bujumbura','Rubavu'], struct='cod', script=0)
C['AFG'] = dict(
    male=[V('Ahmad','Ahmed','احمد'),V('Mohammad','Muhammad','Mohamad','محمد'),V('Ali','علی'),V('Hamid','Hameed','حمید'),V('Farid','Fareed'),V('Najib','Najeeb','Nadjib'),
          V('Wahid','Waheed'),V('Javid','Jawid','Javed'),V('Sohail','Suhail','Suhayl'),V('Mansoor','Mansur'),V('Rahmatullah','Rahmatulla','Rahmat Ullah'),
          V('Zabihullah','Zabiullah','Zabihulla'),V('Shafiq','Shafeeq'),V('Naseer','Nasir'),V('Bashir','Basheer'),V('Khalil','Khaleel'),V('Sami','Samiullah'),V('Elyas','Ilyas')],
    female=[V('Farzana','Farzaneh'),V('Mariam','Maryam','مریم'),V('Nargis','Narges'),V('Zahra','Zohra','Zuhra'),V('Parwana','Parvana'),V('Fereshta','Freshta','Fereshteh'),
          V('Shabnam'),V('Malalai','Malalay'),V('Mursal'),V('Sadaf'),V('Gulalai','Gulalay'),V('Hasina','Haseena'),V('Mahbooba','Mahbuba'),V('Lida','Leeda'),V('Sana'),V('Sahar')],
    family=[V('Ahmadzai','Ahmadzay'),V('Popal','Popalzai'),V('Stanikzai','Stanekzai'),V('Sultani'),V('Hashimi','Hashemi'),V('Rahimi','Rahemi'),V('Karimi','Karemi'),
          V('Noori','Nuri','Nouri'),V('Sadat','Saadat'),V('Hotak','Hotaki'),V('Amiri'),V('Haidari','Haideri','Heydari'),V('Safi'),V('Wardak'),V('Azimi'),V('Rasuli','Rasooli')],
    places=[V('Kabul','کابل'),V('Herat','Hirat'),V('Kandahar','Qandahar'),V('Mazar-i-Sharif','Mazar-e Sharif','Mazar'),V('Jalalabad'),V('Kunduz','Qunduz'),V('Ghazni'),V('Baghlan')],
    seps=['Tehran','Islam Qala','Van','Patras','Calais','Edirne'], struct='afg', script=0.05)
C['VEN'] = dict(
    male=[V('Juan'),V('José','Jose'),V('Luis'),V('Carlos'),V('Miguel'),V('Ángel','Angel'),V('Jesús','Jesus'),V('Daniel'),V('Santiago'),V('Sebastián','Sebastian'),
          V('Andrés','Andres'),V('Diego'),V('Yeferson','Jefferson','Yefferson'),V('Kleiver','Kleyver'),V('Wilmer','Wilmer'),V('Johan','Yohan'),V('Samuel'),V('Gabriel')],
    female=[V('María','Maria'),V('Ana'),V('Valentina'),V('Daniela'),V('Gabriela'),V('Sofía','Sofia'),V('Isabella','Isabela'),V('Camila'),V('Victoria'),V('Andrea'),
          V('Yusleidy','Yusleidi'),V('Yorgelis','Yorgelys'),V('Génesis','Genesis'),V('Mariangel','María Ángel'),V('Oriana'),V('Yuliana','Juliana')],
    family=[V('González','Gonzalez'),V('Rodríguez','Rodriguez'),V('Pérez','Perez'),V('Hernández','Hernandez'),V('García','Garcia'),V('Martínez','Martinez'),
          V('López','Lopez'),V('Díaz','Diaz'),V('Ramírez','Ramirez'),V('Suárez','Suarez'),V('Rojas'),V('Mendoza'),V('Silva'),V('Torres'),V('Gutiérrez','Gutierrez'),
          V('Contreras'),V('Castillo'),V('Moreno'),V('Vásquez','Vasquez','Velásquez'),V('Chacón','Chacon')],
    places=[V('Caracas'),V('Maracaibo'),V('Valencia'),V('Barquisimeto'),V('Maturín','Maturin'),V('San Cristóbal','San Cristobal'),V('Ciudad Guayana','Puerto Ordaz'),V('Barcelona')],
    seps=['Cúcuta','Ipiales','Tumbes','Boa Vista','Pacaraima','Necoclí'], struct='ven', script=0)
C['UKR'] = dict(
    male=[V('Oleksandr','Olexandr','Aleksandr','Олександр'),V('Dmytro','Dmitro','Dmitriy','Дмитро'),V('Andrii','Andriy','Andrey','Андрій'),V('Maksym','Maxim','Maksim','Максим'),
          V('Artem','Artyom','Артем'),V('Ivan','Іван'),V('Bohdan','Bogdan','Богдан'),V('Nazar','Назар'),V('Mykyta','Nikita','Микита'),V('Yehor','Egor','Iehor','Єгор'),
          V('Denys','Denis','Денис'),V('Serhii','Sergiy','Sergey','Сергій'),V('Vladyslav','Vladislav','Владислав'),V('Illia','Ilya','Illya','Ілля')],
    female=[V('Sofiia','Sofia','Sophia','Софія'),V('Anna','Hanna','Ганна'),V('Mariia','Maria','Марія'),V('Viktoriia','Victoria','Viktoria','Вікторія'),
          V('Daryna','Darina','Дарина'),V('Polina','Поліна'),V('Alina','Аліна'),V('Kateryna','Ekaterina','Katerina','Катерина'),V('Anastasiia','Anastasia','Анастасія'),
          V('Yelyzaveta','Elizaveta','Yelizaveta','Єлизавета'),V('Veronika','Вероніка'),V('Khrystyna','Kristina','Христина')],
    family=[V('Shevchenko','Шевченко'),V('Kovalenko','Коваленко'),V('Bondarenko','Бондаренко'),V('Tkachenko','Ткаченко'),V('Kravchenko','Kravchenco','Кравченко'),
          V('Oliinyk','Oliynyk','Oleinik','Олійник'),V('Melnyk','Melnik','Мельник'),V('Polishchuk','Polishuk','Polischuk','Поліщук'),V('Kovalchuk','Kowalczuk','Ковальчук'),
          V('Savchenko','Савченко'),V('Petrenko','Петренко'),V('Rudenko','Руденко'),V('Moroz','Мороз'),V('Lysenko','Lisenko','Лисенко'),V('Marchenko','Марченко'),
          V('Boiko','Boyko','Бойко'),V('Kharchenko','Харченко'),V('Pavlenko','Павленко')],
    places=[V('Kharkiv','Kharkov','Харків'),V('Mariupol','Маріуполь'),V('Zaporizhzhia','Zaporozhye','Zaporizhia','Запоріжжя'),V('Kherson','Херсон'),
          V('Odesa','Odessa','Одеса'),V('Mykolaiv','Nikolaev','Миколаїв'),V('Kyiv','Kiev','Київ'),V('Sumy','Суми')],
    seps=['Przemyśl','Medyka','Chisinau','Siret','Kraków','Berlin'], struct='ukr', script=0.15)
C['ERI'] = dict(
    male=[V('Yonas','Yonatan','ዮናስ'),V('Dawit','Dawitt','ዳዊት'),V('Filmon','Filimon'),V('Semere','Semre'),V('Teklay','Teklai'),V('Mebrahtu','Mebrahtom'),V('Habtom','Habtu','ሃብቶም'),
          V('Kidane','Kidanie','ክዳነ'),V('Berhane','Birhane','ብርሃነ'),V('Tesfay','Tesfaye','Tesfai','ተስፋይ'),V('Ghebre','Gebre'),V('Amanuel','Emmanuel'),V('Robel','Robiel'),
          V('Natnael','Natanael'),V('Henok','Enoch'),V('Simon','Simeon')],
    female=[V('Helen','Hellen'),V('Selam','Salam','ሰላም'),V('Senait','Senayt'),V('Luwam','Lwam'),V('Feven','Fiven'),V('Saba','ሳባ'),V('Ruta','Rutha'),V('Yordanos','Jordanos'),
          V('Eden','Edan'),V('Winta','Wintana'),V('Merhawit','Mehrawit'),V('Hiwet','Hiwot'),V('Almaz','Almez'),V('Tsega','Tsige'),V('Rahel','Rachel'),V('Segen','Segan')],
    places=[V('Asmara','Asmera','ኣስመራ'),V('Keren','Kern'),V('Massawa','Mitsiwa','Massaua'),V('Mendefera','Mendeferra'),V('Adi Keyh','Adi Keih'),V('Barentu'),V('Dekemhare','Dekemhare'),V('Assab')],
    seps=['Shire','Khartoum','Kassala','Tripoli','Sabha','Hitsats'], struct='eri', script=0.08)

SYL = {
 'SYR': (['Al-'], ['Ha','Kha','Za','Sa','Ba','Na','Ra','Ja','Ta','Qa','Da','Ma','Ka','Sha','Fa','Ghu','Hu','Mu','Su','Ya'],
         ['bbas','lil','dir','mid','sir','ssan','lah','kib','bour','jjar','rif','shid','wish','dah','yed','kri','mawi','lebi','rani','wadi']),
 'AFG': ([''], ['Ah','Sul','Ra','Ka','Ha','No','Za','Sa','Wa','Ba','Sha','Ni','Mu','Pa','Ja','Ta','Qa','Dau'],
         ['madzai','tani','himi','rimi','shimi','ori','kzai','dri','zai','wari','yar','khel','mani','dzada','ghani','lali','ri','hid']),
 'COD': ([''], ['Ka','Mu','Tshi','Mbu','I','Ngo','Lu','Ba','Nzu','Mwa','Ki','Ma','Bi','Ny','Ci','Lo','Ma','Se'],
         ['bongo','kendi','lunga','songo','yembe','mba','kusa','zuzi','tombo','nza','simwa','rhula','langa','ngi','semo','kalu','bemba','lenga']),
 'VEN': ([''], ['Ar','Bel','Cas','Fer','Gal','Her','Mar','Nav','Pal','Quin','Sal','Val','Vi','Zam','Or','Al','Bra','Cor'],
         ['ana','eno','illo','ero','ares','anda','ino','era','ales','orno','ado','ega','uelo','ueta','ela','iz','ón','ano']),
 'UKR': ([''], ['Koval','Bondar','Tkach','Kravch','Shevch','Petr','Rud','Sav','Pavl','March','Lys','Hnat','Dovzh','Zhuk','Horb','Lytv','Kuzm','Yarosh','Ostap','Hrytsen'],
         ['enko','chuk','yk','ov','ak','ets','yshyn','iuk','an','ych']),
 'SSD': ([''], ['Ma','A','Nya','Ga','Ku','Bo','De','Lu','Tho','Ri','Cha','Wu','Ma','Ya','Gat'],
         ['jok','kol','ual','ng','bior','tluak','ek','dit','ier','lang','rang','bil','kot','chuei','wel','deng','thiang']),
 'ERI': ([''], ['Te','Ha','Ki','Be','Me','Gh','Ya','Ze','We','Ne','Fi','Se','Ar','Tse','Mi'],
         ['sfay','btom','dane','rhane','brahtu','ebre','ried','res','ldu','gash','kal','mere','aya','ghe','kael']),
}
def synth_names(nat, k, rng):
    pre, a1, a2 = SYL[nat]; out = set()
    while len(out) < k:
        out.add(rng.choice(pre) + rng.choice(a1) + rng.choice(a2))
    return [V(x) for x in sorted(out)]
_g = random.Random(12345)
for nat in C:
    extra = synth_names(nat, 150, _g)
    if 'family' in C[nat]: C[nat]['family'] = C[nat]['family'] + extra
    if nat in ('SSD', 'ERI'):
        # the family name is the father's given name: their given names are many
        C[nat]['male'] = C[nat]['male'] + synth_names(nat, 80, _g)
        C[nat]['female'] = C[nat]['female'] + [V('Nya' + x[0].lower()) if nat == 'SSD' else V(x[0] + 'it') for x in synth_names(nat, 40, _g)]
    else:
        C[nat]['male'] = C[nat]['male'] + [V(x[0].replace('Al-', '')) for x in synth_names(nat, 25, _g)] if nat in ('AFG','COD') else C[nat]['male']
def zipf_choice(pool):
    # a few names are very common, most are rare
    i = min(int(R.paretovariate(1.1)) - 1, len(pool) - 1)
    return pool[i] if R.random() < a.zipf else R.choice(pool)
RESPELL = [('ou','u'),('u','ou'),('ee','i'),('i','ee'),('k','q'),('q','k'),('y','i'),('i','y'),('sh','ch'),('ch','sh'),('j','dj'),
           ('kh','h'),('w','v'),('v','w'),('a','e'),('e','a'),('ph','f'),('dh','d'),('tt','t'),('ss','s'),('s','ss'),('o','u'),('z','s')]
def respell(name):
    opts = [(x, y) for x, y in RESPELL if x in name[1:].lower()]
    if not opts: return name
    x, y = R.choice(opts)
    i = name.lower().find(x, 1)
    return name[:i] + y + name[i + len(x):]
WEIGHTS = {'SYR': 0.22, 'SSD': 0.14, 'COD': 0.14, 'AFG': 0.16, 'VEN': 0.12, 'UKR': 0.12, 'ERI': 0.10}
NATS = list(WEIGHTS); NW = [WEIGHTS[k] for k in NATS]
HOSTS = ['TUR','DEU','GRC','ITA','UGA','KEN','ETH','COL','PER','POL','ROU','SDN','LBN','JOR']

def latin(v):
    xs = [x for x in v if all(ord(c) < 0x370 for c in x)]
    return xs or v
def pick_variant(v, native_p):
    xs = latin(v)
    if native_p and len(xs) < len(v) and R.random() < native_p:
        return [x for x in v if x not in xs][0]
    # first spelling is the commonest
    if len(xs) > 1 and R.random() < 0.35 * min(1, N):
        return R.choice(xs[1:])
    if len(xs) == 1 and R.random() < 0.15 * min(1, N):
        return respell(xs[0])
    return xs[0]

KB = 'qwertyuiop asdfghjkl zxcvbnm'
def neighbour(c):
    i = KB.find(c.lower())
    if i < 0: return c
    js = [j for j in (i-1, i+1) if 0 <= j < len(KB) and KB[j] != ' ']
    return KB[R.choice(js)] if js else c
def typo(s):
    if len(s) < 3: return s
    i = R.randrange(1, len(s))
    k = R.random()
    if k < 0.25: return s[:i] + s[i+1:]
    if k < 0.45: return s[:i] + s[i] + s[i:]
    if k < 0.65 and i < len(s)-1: return s[:i] + s[i+1] + s[i] + s[i+2:]
    if k < 0.85: return s[:i] + neighbour(s[i]) + s[i+1:]
    vow = 'aeiou'
    if s[i].lower() in vow: return s[:i] + R.choice(vow) + s[i+1:]
    return s
def noisy(name, native_p=0.0, rate=0.06):
    if not name: return name
    if all(ord(c) < 0x370 for c in name) and R.random() < rate * N:
        name = typo(name)
    if R.random() < 0.15: name = name.upper()
    elif R.random() < 0.05: name = name.lower()
    return name

class Child: pass
class Family: pass

def dob_of(year_lo, year_hi):
    d = datetime.date(year_lo, 1, 1) + datetime.timedelta(days=R.randrange((datetime.date(year_hi, 12, 31) - datetime.date(year_lo, 1, 1)).days))
    return d

def make_family(nat):
    c = C[nat]; f = Family(); f.nat = nat
    f.place = R.choice(c['places'])
    f.sep_place = R.choice(c['seps'])
    f.sep_date = dob_of(2019, 2025)
    if c['struct'] in ('arab', 'afg'):
        f.family = zipf_choice(c['family']); f.father = zipf_choice(c['male']); f.mother = zipf_choice(c['female'])
        f.mother_family = zipf_choice(c['family'])
    elif c['struct'] == 'ssd':
        f.father = zipf_choice(c['male']); f.grandfather = zipf_choice(c['male']); f.family = f.father
        f.mother = zipf_choice(c['female']); f.mother_family = zipf_choice(c['male'])
    elif c['struct'] == 'eri':
        f.father = zipf_choice(c['male']); f.grandfather = zipf_choice(c['male']); f.family = f.father
        f.mother = zipf_choice(c['female']); f.mother_family = zipf_choice(c['male'])
    elif c['struct'] == 'cod':
        f.family = zipf_choice(c['family']); f.father = zipf_choice(c['male']); f.mother = zipf_choice(c['female'])
        f.mother_family = zipf_choice(c['family'])
    elif c['struct'] == 'ven':
        f.family = zipf_choice(c['family']); f.mother_family = zipf_choice(c['family'])
        f.father = zipf_choice(c['male']); f.mother = zipf_choice(c['female']); f.father_mfamily = R.choice(c['family'])
    elif c['struct'] == 'ukr':
        f.family = zipf_choice(c['family']); f.father = zipf_choice(c['male']); f.mother = zipf_choice(c['female'])
        f.mother_family = f.family if R.random() < 0.8 else R.choice(c['family'])
    n = R.choices([1, 2, 3, 4, 5, 6], [30, 25, 20, 13, 8, 4])[0]
    f.children = []
    used = set()
    lo = f.sep_date - datetime.timedelta(days=17 * 365); hi = f.sep_date - datetime.timedelta(days=60)
    base = lo + datetime.timedelta(days=R.randrange((hi - lo).days))
    for k in range(n):
        ch = Child(); ch.fam = f; ch.sex = R.choice('MF')
        pool = c['male'] if ch.sex == 'M' else c['female']
        while True:
            g = zipf_choice(pool)
            if g[0] not in used: break
        used.add(g[0]); ch.given = g
        if f.children and R.random() < 0.02:  # twins
            ch.dob = f.children[-1].dob
        else:
            ch.dob = base + datetime.timedelta(days=R.randint(-3000, 3000))
            if ch.dob < lo or ch.dob > hi: ch.dob = lo + datetime.timedelta(days=R.randrange((hi - lo).days))
        ch.second = R.choice(pool) if R.random() < 0.3 and c['struct'] in ('ven', 'cod') else None
        ch.postnom = R.choice(c['family']) if c['struct'] == 'cod' else None
        ch.christian = (R.choice(c['christian_m'] if ch.sex == 'M' else c['christian_f'])
                        if c['struct'] == 'ssd' and R.random() < 0.4 else None)
        f.children.append(ch)
    return f

def fmt_person(v, native):
    return pick_variant(v, native)

def describe(ch, rid, kind):
    """kind: 'reg' (registration by a caseworker with the child) or 'req' (request by a parent)."""
    f = ch.fam; c = C[f.nat]; native = c['script'] if R.random() < 0.5 else 0
    rec = {'record_id': rid}
    given = fmt_person(ch.given, native)
    if ch.second and R.random() < (0.7 if kind == 'req' else 0.5):
        given += ' ' + fmt_person(ch.second, native)
    other = []
    st = c['struct']
    if st in ('arab', 'afg'):
        family = fmt_person(f.family, native)
        if R.random() < 0.15:  # father's name recorded as family name
            family = fmt_person(f.father, native)
        if st == 'afg' and R.random() < 0.3: family = ''
    elif st in ('ssd', 'eri'):
        family = fmt_person(f.father, native)
        if R.random() < 0.5: other.append(fmt_person(f.grandfather, native))
        if ch.christian:
            if R.random() < 0.5: given, other = ch.christian, other + [given]
            elif R.random() < 0.5: other.append(ch.christian)
    elif st == 'cod':
        family = fmt_person(f.family, native)
        if R.random() < 0.6: other.append(fmt_person(ch.postnom, 0))
        if R.random() < 0.2: family, given = given, family  # surname-first documents
    elif st == 'ven':
        family = fmt_person(f.family, 0)
        if R.random() < 0.6: family += ' ' + fmt_person(f.mother_family, 0)
    elif st == 'ukr':
        fam = f.family
        family = fmt_person(fam, native)
        if R.random() < 0.4:
            fg = latin(f.father)[0]
            other.append(fg + ('ovych' if ch.sex == 'M' else 'ivna'))
    if R.random() < 0.04 * N: given, family = family, given
    if R.random() < 0.06: family = ''
    rec['given_name'] = noisy(given, rate=0.06 if kind == 'reg' else 0.04)
    rec['family_name'] = noisy(family, rate=0.05)
    rec['other_names'] = ';'.join(noisy(o) for o in other) if R.random() < 0.8 else ''
    r = R.random()
    rec['sex'] = '' if r < 0.05 else (('F' if ch.sex == 'M' else 'M') if r < 0.06 else R.choice([ch.sex, ch.sex.lower(), {'M': 'male', 'F': 'female'}[ch.sex]]))
    recorded = f.sep_date + datetime.timedelta(days=R.randint(5, 500))
    recorded = min(recorded, datetime.date(2026, 6, 1))
    rec['recorded_on'] = recorded.isoformat()
    rec['recorded_in'] = R.choice(HOSTS)
    age = (recorded - ch.dob).days // 365
    d = ch.dob
    r = R.random()
    dob, ageyrs = '', ''
    if kind == 'reg':
        rest = (1 - a.regfull) / 0.45
        probs = [a.regfull, 0.17 * rest, 0.15 * rest, 0.05 * rest, 0.08 * rest]  # full, 1 Jan, age, missing, year-month
    else:
        probs = [0.80, 0.05, 0.05, 0.05, 0.05]
    k = R.choices(range(5), probs)[0]
    if k == 0:
        if R.random() < 0.04 * N:  # a digit wrong or day/month transposed
            t = R.random()
            if t < 0.3 and d.day <= 12: d2 = datetime.date(d.year, d.day, d.month)
            elif t < 0.6: d2 = d.replace(year=d.year + R.choice([-1, 1]), day=min(d.day, 28))
            else:
                try: d2 = d.replace(day=min(28, max(1, d.day + R.choice([-10, -1, 1, 10]))))
                except ValueError: d2 = d
            d = d2
        dob = d.isoformat()
    elif k == 1:
        y = d.year + (R.choice([-1, 1]) if R.random() < 0.3 else 0)
        dob = f'{y}-01-01' if kind == 'reg' else f'{y}'
    elif k == 2:
        ageyrs = str(max(0, age + R.choice([0, 0, 0, -1, 1, 1, 2, -2])))
    elif k == 4:
        dob = f'{d.year}-{d.month:02d}'
    rec['date_of_birth'] = dob; rec['age_years'] = ageyrs
    rec['nationality'] = f.nat if R.random() < (0.75 if kind == 'reg' else 0.6) else ''
    rec['place_of_origin'] = noisy(pick_variant(f.place, native)) if R.random() < (0.7 if kind == 'reg' else 0.85) else ''
    # parents
    def parent(giv, fam_v):
        s = pick_variant(giv, native)
        if fam_v is not None and R.random() < 0.6: s += ' ' + pick_variant(fam_v, native)
        return noisy(s)
    if st in ('ssd', 'eri'):
        father = parent(f.father, f.grandfather); mother = parent(f.mother, f.mother_family)
    elif st == 'ven':
        father = parent(f.father, f.family); mother = parent(f.mother, f.mother_family)
    else:
        father = parent(f.father, f.family); mother = parent(f.mother, f.mother_family)
    pf, pm = (0.55, 0.5) if kind == 'reg' else (0.9, 0.9)
    rec['father_name'] = father if R.random() < pf else ''
    rec['mother_name'] = mother if R.random() < pm else ''
    if R.random() < (0.5 if kind == 'reg' else 0.8):
        sd = f.sep_date + datetime.timedelta(days=R.choice([0, 0, 0, R.randint(-60, 60)]))
        rec['separation_date'] = sd.isoformat() if R.random() < 0.7 else sd.isoformat()[:7]
    else:
        rec['separation_date'] = ''
    rec['separation_place'] = f.sep_place if R.random() < (0.5 if kind == 'reg' else 0.7) else ''
    return rec

cols = ['record_id','given_name','family_name','other_names','sex','date_of_birth','age_years','nationality','place_of_origin',
        'father_name','mother_name','separation_date','separation_place','recorded_on','recorded_in']
os.makedirs(a.out, exist_ok=True)
regs = []; truth_dd = []; registered = []
n = 0
while len(regs) < a.children:
    f = make_family(R.choices(NATS, NW)[0])
    sep = [ch for ch in f.children if R.random() < 0.7] or [f.children[0]]
    for ch in sep:
        k = 1 + (1 if R.random() < a.dup else 0) + (1 if R.random() < a.dup / 5 else 0)
        ch.regs = []
        for _ in range(k):
            n += 1; rid = f'R{n:07d}'
            regs.append(describe(ch, rid, 'reg')); ch.regs.append(rid)
        for i in range(len(ch.regs)):
            for j in range(i + 1, len(ch.regs)): truth_dd.append((ch.regs[i], ch.regs[j]))
        registered.append(ch)
R.shuffle(regs)
reqs = []; truth_link = []; m = 0
for i in range(a.requests):
    m += 1; qid = f'Q{m:06d}'
    if R.random() < a.traceable:
        ch = R.choice(registered)
        for rid in ch.regs: truth_link.append((qid, rid))
    else:
        f = make_family(R.choices(NATS, NW)[0]); ch = R.choice(f.children)
    reqs.append(describe(ch, qid, 'req'))
def write(name, rows):
    with open(os.path.join(a.out, name), 'w', newline='') as fh:
        w = csv.DictWriter(fh, cols); w.writeheader(); w.writerows(rows)
write('children.csv', regs); write('requests.csv', reqs)
with open(os.path.join(a.out, 'truth_link.csv'), 'w') as fh:
    fh.write('request_id,record_id\n'); fh.writelines(f'{x},{y}\n' for x, y in truth_link)
with open(os.path.join(a.out, 'truth_dedupe.csv'), 'w') as fh:
    fh.write('record_id_a,record_id_b\n'); fh.writelines(f'{x},{y}\n' for x, y in truth_dd)
print(len(regs), len(reqs), len(truth_link), len(truth_dd), file=sys.stderr)
