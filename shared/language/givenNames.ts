// Common given names by gender, used to tell "he" from "she" when a story gives no title or
// pronoun for a person. Broad rather than deep: frequent English, Spanish/Portuguese, French,
// Italian, German/Dutch/Nordic, Slavic, South Asian, East Asian, Arabic/Turkish/Persian and
// African names. Names common to both sexes (Alex, Sam, Jordan, Jean in some countries) are left
// out on purpose: a wrong guess is worse than none. Everything is lower-case.

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const FEMALE_NAMES: ReadonlySet<string> = list(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  laura sharon cynthia kathleen amy shirley angela helen anna ana brenda pamela nicole emma samantha
  katherine catherine kathryn christine debra rachel carolyn janet virginia maria heather diane julie
  joyce victoria christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah
  jacqueline ann anne gloria teresa theresa kathy sophia sophie alice rose grace judy denise amber
  marilyn danielle beverly isabella diana natalie brittany charlotte marie kayla alexis lori jane
  claire clare fiona bethan sian siobhan niamh aoife ciara mairead eilidh kirsty lorna morag gwen
  gwyneth nia cerys ffion rhiannon eleanor harriet imogen philippa penelope rosalind rosamund hilary
  hillary nicola gillian jill lesley wendy tracey tracy joanne joanna jo louise lucy chloe ella zoe
  ruby poppy lily millie molly daisy freya isla ava mia amelia esme phoebe matilda beatrice
  edith mabel maud kate katie jess jessie becky vicky nikki jenny jenna bella ellie abigail ruth esther
  miriam naomi leah deborah judith tamsin keira kerry stacey gemma holly jade kayleigh leanne carmen
  lucia rosa sofia isabel ines lourdes pilar dolores consuelo marisol mercedes beatriz raquel rocio
  paula alejandra valentina camila daniela gabriela mariana ximena guadalupe esperanza yolanda veronica
  adriana natalia juliana fernanda luciana catalina elena leticia
  francoise helene isabelle sylvie nathalie valerie brigitte chantal monique genevieve aurelie
  celine amelie margaux manon camille juliette josephine simone elodie sandrine veronique severine
  giulia francesca chiara giorgia alessandra federica valeria silvia paola elisa martina serena
  ursula ingrid katrin kathrin sabine petra monika birgit annalena angelika heike claudia jutta greta
  frieda liesel gisela ilse astrid sigrid karin kerstin annika linnea freja maja solveig liv hanne
  mette pernille marit saskia anneke femke ilse lotte sanne
  olga irina tatiana tatyana svetlana natalya yulia yelena ekaterina yekaterina anastasia ludmila
  lyudmila galina oksana daria darya ksenia marina larisa valentina vera nadezhda alina polina
  agnieszka malgorzata katarzyna ewa joanna magdalena zofia krystyna barbara dorota beata aleksandra
  jana petra lucie tereza zuzana milena ivana jelena dragana snezana mirjana marta
  priya priyanka anjali sunita indira lakshmi deepa pooja neha kavita meena asha rani radha sita
  geeta gita divya shreya aishwarya nisha rekha usha shanti sanjana ananya aarti arti preeti swati
  fatima aisha ayesha leila layla amira mariam maryam nadia zainab yasmin yasmine noor nour huda hana
  salma samira rania dalia farah zahra shirin parisa soraya elif zeynep ayse emine fatma merve
  mei ling meiling xiaoling xiu yan ying jing hui yuki keiko yoko akiko aiko hiroko naoko yumiko sakura
  haruka misaki ji-yeon jiyeon min-ji minji seo-yeon soo-jin eun-ji hye-jin thi lan linh
  ngozi chioma adaeze amara chiamaka nkechi ifeoma funmilayo folake yetunde bisi abimbola adaora
  ama akosua abena efua adwoa esi wanjiru wambui njeri akinyi achieng nomvula thandiwe nomsa zanele
  lindiwe naledi precious blessing amina halima hadiza zainab aminata fatou awa mariama
  beth liz sue jen meg kath bex steph nat kat cath viv val pam lyn lynne jan jacqui jackie carole
  heidi marisa shona sheena morven kirsteen mhairi catriona isobel iona jenni jennie gail gayle
  carla carly carley tamika latoya keisha shanice ebony aaliyah imani jasmine jazmin destiny tiana
  chidinma chinwe ngozi kemi bukola tolu temi zola thandi
  mandy sandy debbie kirsty yvonne yvette colette bernadette roisin grainne orla una
`);

export const MALE_NAMES: ReadonlySet<string> = list(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory alexander frank patrick raymond jack dennis jerry tyler aaron henry adam douglas nathan peter
  zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin
  noah lawrence jesse joe bryan billy bruce albert willie gabriel logan ralph roy eugene wayne randy
  vincent russell philip phillip bobby johnny harry tom tobias martin wes graham alan allan derek
  geoffrey jeffery clive nigel colin ian iain neil gareth rhys dafydd dylan owen huw emrys gwyn
  callum angus hamish euan fraser ewan alistair alasdair duncan malcolm lachlan rory seamus declan
  ciaran cormac padraig eoin liam conor niall kieran oisin barry desmond hugh giles rupert hugo
  jeremy piers oliver oscar alfie archie freddie teddie harvey reggie stanley cyril percy reginald
  mohammed muhammad mohamed ahmed ahmad ali omar hassan hussein mahmoud yusuf yousef ibrahim khalid
  tariq karim rashid hamid saeed faisal abdullah abdul mustafa mostafa kareem bilal hamza ismail
  recep mehmet mustafa ahmet emre burak hakan murat reza mehdi hossein amir dariush
  jose juan luis carlos javier pedro antonio manuel francisco miguel rafael alejandro diego sergio
  jorge alberto fernando pablo enrique ricardo eduardo roberto andres raul ramon emilio santiago
  mateo joaquin gonzalo ignacio alvaro rodrigo hector ruben julio cesar oscar
  jean pierre francois jacques philippe michel alain bernard olivier nicolas thierry laurent
  christophe sebastien guillaume antoine julien mathieu etienne yves benoit gilles herve
  giuseppe marco luca giovanni francesco alessandro lorenzo matteo stefano paolo andrea roberto
  massimo fabio riccardo salvatore vittorio enzo
  hans klaus jurgen juergen dieter wolfgang helmut gerhard heinz werner uwe jens lars sven olaf
  friedrich johann johannes stefan markus matthias andreas thorsten torsten bernd rainer horst
  pieter jan joost willem jonas johan mats fredrik gustav axel emil oskar bram sander ruud dirk henrik nils anders erik magnus bjorn lars mikael
  vladimir sergei sergey dmitry dmitri ivan igor nikolai alexei alexey mikhail viktor volodymyr
  oleksandr andriy yuri yury pavel boris anatoly gennady evgeny yevgeny konstantin maxim oleg
  vitaly vasily grigory leonid stanislav tomasz piotr krzysztof andrzej marek pawel michal
  jakub wojciech grzegorz lukasz dariusz jaroslaw zbigniew milos dragan goran zoran nenad dusan
  vaclav jiri petr miroslav
  narendra rahul arjun rohan vikram rajesh suresh ramesh sanjay sunil anil amit ajay vijay ravi
  rishi raj rajiv sanjeev deepak manoj ashok pradeep arvind imran nawaz shahid arun kiran
  wei jun hao ming jian lei xi hiroshi takeshi kenji haruto yuto satoshi takashi akira shinzo
  kazuo ichiro min-jun minjun ji-hoon jihoon seung sung-min dong-hyun hyun-woo nguyen minh tuan
  kwame kofi kojo kwesi yaw kwabena oluwaseun olusegun oluwafemi femi tunde babatunde chukwuemeka
  emeka chidi obinna nnamdi ikenna uche adebayo ayodele sipho thabo themba mandla bongani
  jabulani musa moses kipchoge wanjala otieno odhiambo kamau mwangi baraka juma abdi
  emmanuel keir ilham nikol ruen naftali yair benjamin
  jamal darnell tyrone deshawn marquis andre terrell dwayne reggie lamar malik
  rob bob bill ben dan dave mike nick pete steve andy tony jim jimmy matt tim phil ed ted fred alf
  josh jake luke ollie olly joe jon danny tommy dom gaz baz mick mickey ron ray len stan reg
  giles gavin darren wayne lee dean craig stuart stewart ross grant glenn kenny col
`);
