package ingest

// gazetteerData lists states and international organisations, one a line:
// canonical name | short name | colour | aliases (names, short names,
// demonyms and adjectives, capitals and ministries used for the
// government, Chinese names). Regions that are topics rather than parties
// (Xinjiang, Xizang, Hong Kong, Taiwan) are deliberately absent.
const gazetteerData = `
China|China|#d62728|China;PRC;P.R.C.;People's Republic of China;People’s Republic of China;Chinese;Beijing;Chinese government;Chinese Foreign Ministry;Foreign Ministry of China;Ministry of Foreign Affairs of China;中国;中方;中华人民共和国;北京;中国政府;中国外交部;中國;中華人民共和國;中國政府;中國外交部
European Union|EU|#1f4e9c|European Union;EU;E.U.;European;Europe;Europeans;Brussels;EEAS;European External Action Service;European Commission;Council of the European Union;European Council;European Parliament;欧盟;欧方;欧洲联盟;欧洲;歐盟;歐方;歐洲聯盟;歐洲
United States|US|#2f6fb0|United States;United States of America;US;U.S.;USA;U.S.A.;America;American;Americans;Washington;State Department;Department of State;White House;美国;美方;华盛顿;美國;華盛頓
United Kingdom|UK|#6a3d9a|United Kingdom;UK;U.K.;Britain;Great Britain;British;London;Northern Ireland;Foreign Office;FCDO;英国;英方;英國
Japan|Japan|#e377c2|Japan;Japanese;Tokyo;日本;日方
South Korea|ROK|#17becf|South Korea;Republic of Korea;Korea;ROK;South Korean;Seoul;韩国;韩方;韓國;韓方
North Korea|DPRK|#8c564b|North Korea;DPRK;Democratic People's Republic of Korea;North Korean;Pyongyang;朝鲜;朝方;朝鮮
Russia|Russia|#7f7f7f|Russia;Russian Federation;Russian;Moscow;Kremlin;俄罗斯;俄方;俄羅斯
India|India|#ff7f0e|India;Indian;New Delhi;印度;印方
France|France|#0b3d91|France;French;Paris;法国;法方;法國
Germany|Germany|#333333|Germany;German;Berlin;德国;德方;德國
Italy|Italy|#2ca02c|Italy;Italian;Rome;意大利;意方;義大利;義方
Spain|Spain|#c49c00|Spain;Spanish;Madrid;西班牙
Netherlands|Netherlands|#ff7f0e|Netherlands;Dutch;The Hague;荷兰;荷蘭
Belgium|Belgium|#bcbd22|Belgium;Belgian;比利时
Poland|Poland|#dc143c|Poland;Polish;Warsaw;波兰
Sweden|Sweden|#006aa7|Sweden;Swedish;Stockholm;瑞典
Norway|Norway|#ba0c2f|Norway;Norwegian;Oslo;挪威
Denmark|Denmark|#c60c30|Denmark;Danish;Copenhagen;丹麦
Finland|Finland|#003580|Finland;Finnish;Helsinki;芬兰
Switzerland|Switzerland|#d52b1e|Switzerland;Swiss;Bern;瑞士
Austria|Austria|#ed2939|Austria;Austrian;奥地利
Ireland|Ireland|#169b62|Ireland;Irish;Dublin;爱尔兰
Portugal|Portugal|#006600|Portugal;Portuguese;Lisbon;葡萄牙
Greece|Greece|#0d5eaf|Greece;Greek;Athens;希腊
Hungary|Hungary|#477050|Hungary;Hungarian;Budapest;匈牙利
Czech Republic|Czechia|#11457e|Czech Republic;Czechia;Czech;Prague;捷克
Ukraine|Ukraine|#0057b7|Ukraine;Ukrainian;Kyiv;Kiev;乌克兰
Turkey|Türkiye|#e30a17|Turkey;Türkiye;Turkish;Ankara;土耳其
Canada|Canada|#d80621|Canada;Canadian;Ottawa;加拿大
Mexico|Mexico|#006847|Mexico;Mexican;United Mexican States;Mexican United States;墨西哥
Brazil|Brazil|#009c3b|Brazil;Brazilian;Brasília;Brasilia;巴西
Argentina|Argentina|#74acdf|Argentina;Argentine;Argentinian;Buenos Aires;阿根廷
Cuba|Cuba|#002a8f|Cuba;Cuban;Havana;古巴
Venezuela|Venezuela|#cf142b|Venezuela;Venezuelan;Caracas;委内瑞拉
Australia|Australia|#00247d|Australia;Australian;Canberra;澳大利亚;澳方;澳洲
New Zealand|NZ|#00247d|New Zealand;Wellington;新西兰;纽西兰
Indonesia|Indonesia|#ce1126|Indonesia;Indonesian;Jakarta;印度尼西亚
Vietnam|Vietnam|#da251d|Vietnam;Viet Nam;Vietnamese;Hanoi;越南
Philippines|Philippines|#0038a8|Philippines;Philippine;Filipino;Manila;菲律宾
Thailand|Thailand|#2d2a4a|Thailand;Thai;Bangkok;泰国
Malaysia|Malaysia|#010066|Malaysia;Malaysian;Kuala Lumpur;马来西亚
Singapore|Singapore|#ef3340|Singapore;Singaporean;新加坡
Myanmar|Myanmar|#fecb00|Myanmar;Burma;Burmese;缅甸
Pakistan|Pakistan|#01411c|Pakistan;Pakistani;Islamabad;巴基斯坦
Afghanistan|Afghanistan|#000000|Afghanistan;Afghan;Kabul;阿富汗
Kazakhstan|Kazakhstan|#00afca|Kazakhstan;Kazakh;Astana;哈萨克斯坦
Mongolia|Mongolia|#c4272f|Mongolia;Mongolian;Ulaanbaatar;蒙古
Iran|Iran|#239f40|Iran;Iranian;Tehran;伊朗
Iraq|Iraq|#007a3d|Iraq;Iraqi;Baghdad;伊拉克
Israel|Israel|#0038b8|Israel;Israeli;以色列
Saudi Arabia|Saudi Arabia|#006c35|Saudi Arabia;Saudi;Riyadh;沙特
United Arab Emirates|UAE|#00732f|United Arab Emirates;UAE;Emirati;Abu Dhabi;阿联酋
Qatar|Qatar|#8a1538|Qatar;Qatari;Doha;卡塔尔
Egypt|Egypt|#ce1126|Egypt;Egyptian;Cairo;埃及
South Africa|South Africa|#007a4d|South Africa;South African;Pretoria;南非
Nigeria|Nigeria|#008751|Nigeria;Nigerian;Abuja;尼日利亚
Kenya|Kenya|#006600|Kenya;Kenyan;Nairobi;肯尼亚
Ethiopia|Ethiopia|#078930|Ethiopia;Ethiopian;埃塞俄比亚
Jordan|Jordan|#007a3d|Jordan;Jordanian;Amman;约旦
Syria|Syria|#ce1126|Syria;Syrian;Damascus;叙利亚
Lebanon|Lebanon|#00a651|Lebanon;Lebanese;Beirut;黎巴嫩
Libya|Libya|#239e46|Libya;Libyan;利比亚
Palestine|Palestine|#009736|Palestine;Palestinian Authority;State of Palestine;巴勒斯坦
Kuwait|Kuwait|#007a3d|Kuwait;Kuwaiti;科威特
Oman|Oman|#db161b|Oman;Omani;Muscat;阿曼
Bahrain|Bahrain|#ce1126|Bahrain;Bahraini;Manama;巴林
Morocco|Morocco|#c1272d|Morocco;Moroccan;Rabat;摩洛哥
Algeria|Algeria|#006233|Algeria;Algerian;Algiers;阿尔及利亚
Bangladesh|Bangladesh|#006a4e|Bangladesh;Bangladeshi;Dhaka;孟加拉国
Sri Lanka|Sri Lanka|#8d153a|Sri Lanka;Sri Lankan;Colombo;斯里兰卡
Nepal|Nepal|#dc143c|Nepal;Nepalese;Nepali;Kathmandu;尼泊尔
Cambodia|Cambodia|#032ea1|Cambodia;Cambodian;Phnom Penh;柬埔寨
Laos|Laos|#ce1126|Laos;Lao PDR;Laotian;Vientiane;老挝
Armenia|Armenia|#d90012|Armenia;Armenian;Yerevan;亚美尼亚
Azerbaijan|Azerbaijan|#0092bc|Azerbaijan;Azerbaijani;Baku;阿塞拜疆
Belarus|Belarus|#c8313e|Belarus;Belarusian;白俄罗斯
Serbia|Serbia|#c6363c|Serbia;Serbian;Belgrade;塞尔维亚
Romania|Romania|#002b7f|Romania;Romanian;Bucharest;罗马尼亚
Bulgaria|Bulgaria|#00966e|Bulgaria;Bulgarian;保加利亚
Croatia|Croatia|#171796|Croatia;Croatian;Zagreb;克罗地亚
Lithuania|Lithuania|#006a44|Lithuania;Lithuanian;Vilnius;立陶宛
Latvia|Latvia|#9e3039|Latvia;Latvian;Riga;拉脱维亚
Estonia|Estonia|#0072ce|Estonia;Estonian;Tallinn;爱沙尼亚
Chile|Chile|#d52b1e|Chile;Chilean;智利
Colombia|Colombia|#fcd116|Colombia;Colombian;Bogotá;哥伦比亚
Peru|Peru|#d91023|Peru;Peruvian;秘鲁
Uzbekistan|Uzbekistan|#1eb53a|Uzbekistan;Uzbek;Tashkent;乌兹别克斯坦
Kyrgyzstan|Kyrgyzstan|#e8112d|Kyrgyzstan;Kyrgyz;Bishkek;吉尔吉斯斯坦
Tajikistan|Tajikistan|#006600|Tajikistan;Tajik;Dushanbe;塔吉克斯坦
Turkmenistan|Turkmenistan|#00843d|Turkmenistan;Turkmen;Ashgabat;土库曼斯坦
Ghana|Ghana|#006b3f|Ghana;Ghanaian;Accra;加纳
Botswana|Botswana|#6da9d2|Botswana;Motswana;Batswana;Gaborone;博茨瓦纳
Lesotho|Lesotho|#00209f|Lesotho;Basotho;Maseru;莱索托
Namibia|Namibia|#003580|Namibia;Namibian;Windhoek;纳米比亚
Zimbabwe|Zimbabwe|#319208|Zimbabwe;Zimbabwean;Harare;津巴布韦
Mozambique|Mozambique|#007168|Mozambique;Mozambican;Maputo;莫桑比克
Cape Verde|Cabo Verde|#003893|Cape Verde;Cabo Verde;Cape Verdean;Cabo Verdean;Praia;佛得角
Angola|Angola|#cc092f|Angola;Angolan;Luanda;安哥拉
Zambia|Zambia|#198a00|Zambia;Zambian;Lusaka;赞比亚
Malawi|Malawi|#ce1126|Malawi;Malawian;Lilongwe;马拉维
Tanzania|Tanzania|#1eb53a|Tanzania;United Republic of Tanzania;Tanzanian;Dodoma;坦桑尼亚
Eswatini|Eswatini|#3e5eb9|Eswatini;Swaziland;Mbabane;埃斯瓦蒂尼;斯威士兰
Uganda|Uganda|#fcdc04|Uganda;Ugandan;Kampala;乌干达
Rwanda|Rwanda|#20603d|Rwanda;Rwandan;Kigali;卢旺达
Democratic Republic of the Congo|DRC|#007fff|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;D.R.C.;Kinshasa;刚果民主共和国;刚果（金）;剛果民主共和國
Equatorial Guinea|Equatorial Guinea|#3e9a00|Equatorial Guinea;Equatoguinean;Malabo;赤道几内亚;赤道幾內亞;赤几;赤幾
Senegal|Senegal|#00853f|Senegal;Senegalese;Dakar;塞内加尔
Brunei|Brunei|#f7e017|Brunei;Bruneian;文莱
Cyprus|Cyprus|#d57800|Cyprus;Cypriot;Nicosia;塞浦路斯
Slovakia|Slovakia|#0b4ea2|Slovakia;Slovak Republic;Slovak;Slovakian;斯洛伐克
Slovenia|Slovenia|#005da4|Slovenia;Slovenian;斯洛文尼亚
Luxembourg|Luxembourg|#00a1de|Luxembourg;Luxembourgish;卢森堡
Malta|Malta|#cf142b|Malta;Maltese;马耳他
Iceland|Iceland|#02529c|Iceland;Icelandic;冰岛
Moldova|Moldova|#0046ae|Moldova;Moldovan;摩尔多瓦
Montenegro|Montenegro|#c40308|Montenegro;Montenegrin;黑山
North Macedonia|North Macedonia|#d20000|North Macedonia;North Macedonian;北马其顿
Albania|Albania|#e41e20|Albania;Albanian;阿尔巴尼亚
Bosnia and Herzegovina|Bosnia and Herzegovina|#002395|Bosnia and Herzegovina;Bosnia;波黑
Uruguay|Uruguay|#0038a8|Uruguay;Uruguayan;乌拉圭
Paraguay|Paraguay|#d52b1e|Paraguay;Paraguayan;巴拉圭
Bolivia|Bolivia|#007934|Bolivia;Bolivian;玻利维亚
Ecuador|Ecuador|#ffdd00|Ecuador;Ecuadorian;厄瓜多尔
United Nations|UN|#5b92e5|United Nations;UN;U.N.;UN Secretary-General;联合国
UN Human Rights Council|HRC|#4b8bbe|Human Rights Council;UN Human Rights Council;UNHRC;人权理事会
OHCHR|OHCHR|#3d7ab8|OHCHR;Office of the High Commissioner for Human Rights;UN High Commissioner for Human Rights;联合国人权高专办
NATO|NATO|#004990|NATO;North Atlantic Treaty Organization;北约
ASEAN|ASEAN|#0b3d91|ASEAN;Association of Southeast Asian Nations;东盟
African Union|AU|#009a44|African Union;AU;非盟
G7|G7|#555555|G7;Group of Seven;七国集团
G20|G20|#555555|G20;Group of Twenty;二十国集团
WTO|WTO|#1a5fa0|WTO;World Trade Organization;世贸组织
WHO|WHO|#0093d5|World Health Organization;世卫组织
IMF|IMF|#004c97|IMF;International Monetary Fund;国际货币基金组织
World Bank|World Bank|#002244|World Bank;世界银行
OSCE|OSCE|#2f5597|OSCE;Organization for Security and Co-operation in Europe;欧安组织
Council of Europe|CoE|#003399|Council of Europe;欧洲委员会
Shanghai Cooperation Organisation|SCO|#2b6cb0|Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO;上合组织
BRICS|BRICS|#8b4513|BRICS;金砖国家
Arab League|Arab League|#007a3d|Arab League;League of Arab States;阿盟
Gulf Cooperation Council|GCC|#00843d|Gulf Cooperation Council;GCC;Cooperation Council for the Arab States of the Gulf;海合会
IAEA|IAEA|#0a6ebd|IAEA;International Atomic Energy Agency;国际原子能机构
`
