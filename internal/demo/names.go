package demo

import "strings"

// A culture is a family background: the names, languages and religions that go together
// with one DfE ethnicity code. The lists are invented combinations of common names: no
// generated person is a real person.
type culture struct {
	code                  string   // DfE ethnicity code
	women, men            []string // adults' given names
	girls, boys           []string // children's given names; nil: as adults
	family                []string
	english               int // percent of adults whose first language is English
	langs                 []weighted[string]
	religions             []weighted[string] // local religion codes
	genderedFamilyNames   bool               // Polish -ski/-ska
	childKeepsLanguage    int                // percent of children who share a non-English first language
	mixedGivenFromCulture int                // percent of mixed-heritage children given a name from this culture
}

type weighted[T any] struct {
	w int
	v T
}

func w[T any](weight int, v T) weighted[T] { return weighted[T]{weight, v} }

// words splits a comma-separated list.
func words(s string) []string {
	ws := strings.Split(s, ",")
	for i, w := range ws {
		ws[i] = strings.TrimSpace(w)
	}
	return ws
}

var (
	britishWomen = words(`Sarah, Emma, Laura, Rebecca, Gemma, Claire, Hannah, Lisa, Kelly, Amy, Jessica, Charlotte, Stacey,
Nicola, Danielle, Jade, Natalie, Rachel, Katie, Samantha, Leanne, Zoe, Victoria, Lauren, Chloe, Sophie, Megan, Amber,
Kirsty, Michelle, Joanne, Donna, Tracey, Louise, Hayley, Jodie, Kayleigh, Shannon, Paige, Holly, Abbie, Jasmine, Georgia,
Bethany, Carly, Kerry, Leah, Naomi, Toni, Siobhan, Melissa, Vicky, Sharon, Karen, Julie, Susan, Dawn, Helen, Jennifer,
Stephanie, Kimberley, Rachael, Lucy, Ellie, Courtney, Demi, Jordan, Kathryn, Ruth, Anna`)
	britishMen = words(`David, Paul, Mark, James, Daniel, Christopher, Matthew, Andrew, Michael, Craig, Lee, Darren, Ryan,
Jamie, Liam, Thomas, Adam, Jordan, Luke, Ashley, Dean, Carl, Gary, Stuart, Scott, Kieran, Jason, Steven, Wayne, Shane,
Nathan, Callum, Connor, Jack, Joshua, Sam, Ben, Aaron, Kyle, Reece, Jake, Bradley, Dale, Ricky, Lewis, Wesley, Robert,
Richard, Anthony, Gavin, Neil, Simon, Peter, John, Ian, Kevin, Martin, Stephen, Jonathan, Tom, Joe, Alex, Sean, Karl`)
	britishGirls = words(`Olivia, Amelia, Isla, Ava, Mia, Ivy, Lily, Isabella, Rosie, Sophia, Grace, Freya, Willow, Florence,
Emily, Ella, Poppy, Evie, Elsie, Charlotte, Evelyn, Sienna, Daisy, Phoebe, Harper, Ruby, Millie, Matilda, Layla, Maisie,
Esme, Erin, Lola, Darcie, Summer, Scarlett, Isabelle, Ellie, Alice, Bonnie, Hallie, Aria, Eva, Harriet, Molly, Lacey, Skye,
Lexi, Macie, Nevaeh, Thea, Luna, Penelope, Margot, Orla, Lottie, Edie, Mila, Nancy, Violet, Jessica, Chloe, Megan, Holly,
Leah, Keira, Tilly, Amber, Niamh, Paige`)
	britishBoys = words(`Oliver, George, Noah, Arthur, Leo, Harry, Oscar, Archie, Henry, Theodore, Freddie, Jack, Charlie,
Theo, Alfie, Jacob, Thomas, Finley, Arlo, William, Lucas, Roman, Tommy, Isaac, Teddy, Reggie, Jaxon, Tyler, Riley, Ethan,
Mason, Logan, Harrison, Joshua, Kai, Max, Ronnie, Albie, Louie, Frankie, Bobby, Dylan, Lewis, Callum, Kian, Jayden,
Alexander, Sebastian, Elijah, Harley, Hugo, Rory, Stanley, Ezra, Jude, Toby, Finn, Samuel, Daniel, Ryan, Liam, Connor,
Kyle, Jamie, Brandon, Cameron, Owen, Luca`)
	britishFamily = words(`Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner,
Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips,
Watson, Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell,
Shaw, Murphy, Miller, Cox, Richards, Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb,
Rogers, Gray, Mason, Hunt, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell,
Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Fletcher, Walsh, Gibson, Howard, Andrews,
Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley,
Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees,
Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons,
Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird,
Gardner, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross,
Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor,
Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston,
Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead,
Mann, Frost, Lambert, Stephens, Blake, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter,
Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman,
Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow,
Peters, Lucas, Knowles, Hartley, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston, Hancock,
Thornton, Baldwin, Burrows, Briggs, Storey, Pugh, Jacobs, Farrell, Smith-Jones, Ashworth, Pickering, Haworth, Entwistle`)
)

// cultures by name. english, langs and religions describe adults; children follow their
// parents, more often speaking English first.
var cultures = map[string]*culture{
	"british": {code: "WBRI", women: britishWomen, men: britishMen, girls: britishGirls, boys: britishBoys, family: britishFamily,
		english: 100, religions: []weighted[string]{w(52, "NONE"), w(38, "CHR"), w(4, "REFU"), w(6, "NOBT")}},
	"irish": {code: "WIRI", family: words(`Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, Reilly,
Doyle, McCarthy, Gallagher, Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, Brennan, Nolan, Casey, Maguire,
Connolly, Flanagan, Kavanagh, Donnelly, McGrath, Keane, Power, Sheehan, Duffy, Hegarty`),
		women:   words(`Aoife, Niamh, Siobhan, Ciara, Saoirse, Roisin, Aisling, Orla, Sinead, Caoimhe, Grainne, Mairead, Clodagh, Aine`),
		men:     words(`Sean, Padraig, Ciaran, Eoin, Cian, Darragh, Oisin, Conor, Declan, Niall, Fergal, Ronan, Colm, Tadhg`),
		english: 100, religions: []weighted[string]{w(75, "CHR"), w(22, "NONE"), w(3, "REFU")}},
	"traveller": {code: "WIRT", family: words(`Ward, McDonagh, Connors, Joyce, Maughan, McGinley, Stokes, Doran, Cash, Sweeney, Delaney, Quilligan`),
		women:   words(`Bridget, Margaret, Kathleen, Mary, Winnie, Shannon, Nora, Josie, Chantelle, Kimberley`),
		men:     words(`John, Patrick, Michael, Martin, Jimmy, Christy, Tom, Johnny, Paddy, Billy`),
		english: 100, religions: []weighted[string]{w(90, "CHR"), w(10, "NOBT")}},
	"roma": {code: "WROM", family: words(`Balog, Horvath, Lakatos, Kroko, Olah, Gazi, Dudi, Pompa, Kotlar, Bandi`),
		women:   words(`Denisa, Nikola, Petra, Simona, Monika, Andrea, Kristina, Veronika, Dominika, Sabina`),
		men:     words(`Marek, Tomas, Lukas, Patrik, Dominik, Robert, Milan, Roman, Jozef, Denis`),
		english: 0, langs: []weighted[string]{w(45, "Romani"), w(30, "Slovak"), w(15, "Czech"), w(10, "Romanian")}, childKeepsLanguage: 50,
		religions: []weighted[string]{w(80, "CHR"), w(12, "NONE"), w(8, "NOBT")}},
	"polish": {code: "WOTH", genderedFamilyNames: true, family: words(`Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński,
Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski,
Grabowski, Nowakowski, Pawłowski, Michalski, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, Jaworski`),
		women:   words(`Agnieszka, Katarzyna, Magdalena, Joanna, Anna, Ewa, Marta, Monika, Aleksandra, Karolina, Justyna, Paulina, Dorota, Beata`),
		men:     words(`Piotr, Tomasz, Krzysztof, Paweł, Michał, Marcin, Łukasz, Adam, Bartosz, Mateusz, Grzegorz, Dariusz, Marek, Rafał`),
		girls:   words(`Zofia, Maja, Zuzanna, Julia, Hanna, Lena, Alicja, Natalia, Wiktoria, Oliwia, Amelia, Laura, Nikola, Emilia`),
		boys:    words(`Jakub, Jan, Szymon, Filip, Antoni, Kacper, Mikołaj, Wojciech, Aleksander, Franciszek, Oliwer, Igor, Nikodem, Adam`),
		english: 8, langs: []weighted[string]{w(1, "Polish")}, childKeepsLanguage: 45,
		religions: []weighted[string]{w(85, "CHR"), w(12, "NONE"), w(3, "REFU")}},
	"romanian": {code: "WOTH", family: words(`Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei,
Ciobanu, Rusu, Munteanu, Constantin, Marin, Florea, Lungu, Moldovan, Șerban, Dinu, Tudor, Barbu`),
		women:   words(`Maria, Elena, Ioana, Andreea, Alexandra, Mihaela, Gabriela, Daniela, Cristina, Florentina, Bianca, Raluca, Loredana`),
		men:     words(`Andrei, Alexandru, Ionuț, Mihai, Florin, Gabriel, Ștefan, Constantin, Marius, Adrian, Cosmin, Vasile, Bogdan`),
		girls:   words(`Maria, Ioana, Sofia, Daria, Bianca, Alessia, Antonia, Eva, Ana, Delia, Rebeca, Sara`),
		boys:    words(`David, Luca, Matei, Andrei, Darius, Ianis, Alexandru, Rareș, Tudor, Eric, Sebastian, Gabriel`),
		english: 5, langs: []weighted[string]{w(1, "Romanian")}, childKeepsLanguage: 45,
		religions: []weighted[string]{w(88, "CHR"), w(9, "NONE"), w(3, "NOBT")}},
	"portuguese": {code: "WOTH", family: words(`Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa,
Fernandes, Gonçalves, Gomes, Lopes, Carvalho, Almeida, Ribeiro`),
		women:   words(`Ana, Beatriz, Mariana, Inês, Catarina, Sofia, Leonor, Joana, Rita, Marta, Carla, Sara`),
		men:     words(`João, Tiago, Rafael, Diogo, Gonçalo, Rodrigo, Miguel, Pedro, Rui, Nuno, Bruno, Luís`),
		english: 10, langs: []weighted[string]{w(1, "Portuguese")}, childKeepsLanguage: 40,
		religions: []weighted[string]{w(80, "CHR"), w(20, "NONE")}},
	"gujarati": {code: "AIND", family: words(`Patel, Mistry, Shah, Parmar, Solanki, Desai, Mehta, Joshi, Chauhan, Lad, Modi, Vaghela, Makwana, Thakkar`),
		women:   words(`Priya, Anjali, Pooja, Neha, Kavita, Sunita, Divya, Meera, Asha, Nisha, Hetal, Bhavna, Jyoti, Komal`),
		men:     words(`Rahul, Amit, Sanjay, Vijay, Rajesh, Nilesh, Hitesh, Ketan, Dinesh, Jayesh, Manish, Paresh, Bhavesh, Vikram`),
		girls:   words(`Riya, Anika, Aarya, Diya, Saanvi, Isha, Myra, Anaya, Kiara, Zara, Priya, Avni`),
		boys:    words(`Aarav, Vihaan, Reyansh, Ishaan, Arjun, Dev, Rohan, Krish, Kabir, Veer, Aryan, Shiv`),
		english: 45, langs: []weighted[string]{w(80, "Gujarati"), w(20, "Hindi")}, childKeepsLanguage: 25,
		religions: []weighted[string]{w(80, "HIN"), w(8, "MUS"), w(4, "CHR"), w(8, "NONE")}},
	"punjabi": {code: "AIND", family: words(`Singh, Kaur, Gill, Sandhu, Dhillon, Sidhu, Bains, Rai, Johal, Sahota, Grewal, Atwal, Dhaliwal, Virdi`),
		women:   words(`Harpreet, Gurpreet, Manpreet, Simran, Jaspreet, Amandeep, Rajinder, Kiranjit, Navdeep, Parminder, Sukhvinder, Baljit`),
		men:     words(`Harjit, Gurdeep, Jaswinder, Karan, Amrik, Balwinder, Harvinder, Kuldeep, Sukhdev, Ranjit, Manjit, Jagdeep`),
		girls:   words(`Simran, Jasleen, Anaya, Harleen, Kiran, Amrit, Gurleen, Mehar, Noor, Rubeena`),
		boys:    words(`Arjan, Karanveer, Jaskaran, Harry, Gurveer, Ajay, Sahib, Jai, Manveer, Rajan`),
		english: 40, langs: []weighted[string]{w(1, "Punjabi")}, childKeepsLanguage: 20,
		religions: []weighted[string]{w(85, "SIK"), w(8, "HIN"), w(7, "NONE")}},
	"pakistani": {code: "APKN", family: words(`Khan, Hussain, Ahmed, Ali, Akhtar, Iqbal, Mahmood, Rashid, Shah, Raza, Malik,
Butt, Mirza, Qureshi, Aslam, Bashir, Javed, Riaz, Saleem, Anwar, Nawaz, Hanif, Zaman, Sadiq`),
		women:   words(`Ayesha, Fatima, Zainab, Maryam, Sana, Amina, Noor, Hira, Iqra, Nadia, Samina, Shazia, Rabia, Khadija, Saima, Nazia`),
		men:     words(`Muhammad, Ahmed, Ali, Hassan, Usman, Bilal, Imran, Zain, Hamza, Ibrahim, Yusuf, Tariq, Kamran, Asif, Shahid, Naveed`),
		girls:   words(`Hafsa, Aleena, Eman, Anaya, Maryam, Zara, Aisha, Inaya, Hania, Fatima, Mahnoor, Hoorain`),
		boys:    words(`Muhammad, Ayaan, Rayyan, Zayn, Adam, Ibrahim, Yusuf, Musa, Haroon, Zakariya, Eesa, Hamza`),
		english: 35, langs: []weighted[string]{w(50, "Urdu"), w(25, "Punjabi"), w(15, "Pahari-Pothwari"), w(10, "Pashto")}, childKeepsLanguage: 25,
		religions: []weighted[string]{w(94, "MUS"), w(3, "NONE"), w(3, "REFU")}},
	"bangladeshi": {code: "ABAN", family: words(`Begum, Miah, Uddin, Rahman, Islam, Ahmed, Hussain, Hoque, Chowdhury, Khatun, Ali, Alom, Haque, Karim, Sultana, Bibi`),
		women:   words(`Fatema, Sumaiya, Nusrat, Taslima, Rehana, Shirin, Jannat, Tahmina, Ruksana, Halima, Salma, Rokeya`),
		men:     words(`Abdul, Mohammed, Jamal, Shafiq, Nazrul, Anwar, Ismail, Rayhan, Zakaria, Arif, Saiful, Monir`),
		girls:   words(`Safa, Inaya, Ayra, Maryam, Raisa, Tasnim, Nafisa, Amira, Sadia, Humayra`),
		boys:    words(`Sami, Rayhan, Ayaan, Zakir, Ibrahim, Tahmid, Arham, Yahya, Rafi, Imran`),
		english: 30, langs: []weighted[string]{w(60, "Sylheti"), w(40, "Bengali")}, childKeepsLanguage: 30,
		religions: []weighted[string]{w(96, "MUS"), w(4, "REFU")}},
	"tamil": {code: "AOTH", family: words(`Sivakumar, Tharmalingam, Kanagaratnam, Selvarajah, Rajendran, Nadarajah, Ratnam, Kandiah, Arumugam, Balachandran`),
		women:   words(`Tharshini, Kavitha, Nirosha, Sinthuja, Vanitha, Thanuja, Geetha, Mathuri`),
		men:     words(`Kajan, Tharan, Suresh, Vinoth, Kumaran, Prakash, Sathees, Niranjan`),
		english: 20, langs: []weighted[string]{w(1, "Tamil")}, childKeepsLanguage: 35,
		religions: []weighted[string]{w(75, "HIN"), w(20, "CHR"), w(5, "NONE")}},
	"afghan": {code: "AOTH", family: words(`Ahmadi, Rahimi, Hakimi, Noori, Karimi, Popal, Sultani, Safi, Azizi, Haidari, Amiri, Wardak`),
		women:   words(`Mariam, Zahra, Parisa, Shabnam, Laila, Nazia, Frishta, Mursal, Sadaf, Farzana`),
		men:     words(`Ahmad, Mohammad, Farid, Jawad, Mustafa, Omid, Sohail, Nasir, Rahim, Wahid`),
		english: 5, langs: []weighted[string]{w(55, "Dari"), w(45, "Pashto")}, childKeepsLanguage: 60,
		religions: []weighted[string]{w(97, "MUS"), w(3, "NONE")}},
	"nepali": {code: "AOTH", family: words(`Gurung, Rai, Limbu, Tamang, Thapa, Magar, Shrestha, Pun, Ghale, Sherpa`),
		women:   words(`Sita, Gita, Asmita, Puja, Sunita, Sabina, Rojina, Anisha`),
		men:     words(`Bishal, Ramesh, Suman, Prakash, Dipak, Bikash, Rajan, Sanjay`),
		english: 25, langs: []weighted[string]{w(1, "Nepali")}, childKeepsLanguage: 30,
		religions: []weighted[string]{w(60, "HIN"), w(30, "BUD"), w(10, "CHR")}},
	"nigerian": {code: "BAFR", family: words(`Okafor, Adeyemi, Okonkwo, Adebayo, Eze, Olawale, Nwosu, Ogunleye, Balogun, Afolabi,
Okeke, Adeleke, Obi, Akinola, Babatunde, Oyelaran, Nwachukwu, Oladipo, Ajayi, Ibekwe`),
		women:   words(`Chiamaka, Ngozi, Adaeze, Funmilayo, Temitope, Blessing, Precious, Favour, Folake, Ifeoma, Chidinma, Esther, Grace, Bukola`),
		men:     words(`Chukwuemeka, Oluwaseun, Emeka, Olumide, Ayodele, Chinedu, David, Samuel, Tunde, Femi, Kelechi, Ikenna, Victor, Segun`),
		girls:   words(`Amara, Adaora, Tobiloba, Ife, Zara, Precious, Favour, Chioma, Oluwadamilola, Esther, Grace, Deborah`),
		boys:    words(`Tobi, David, Daniel, Joshua, Samuel, Ayomide, Chidi, Emmanuel, Jayden, Tomiwa, Kayode, Michael`),
		english: 60, langs: []weighted[string]{w(60, "Yoruba"), w(40, "Igbo")}, childKeepsLanguage: 10,
		religions: []weighted[string]{w(78, "CHR"), w(15, "MUS"), w(7, "NONE")}},
	"ghanaian": {code: "BAFR", family: words(`Mensah, Asante, Boateng, Owusu, Osei, Appiah, Addo, Agyeman, Darko, Amoah, Danquah, Ofori`),
		women:   words(`Akosua, Ama, Efua, Abena, Adwoa, Yaa, Afia, Comfort, Gifty, Patience`),
		men:     words(`Kwame, Kofi, Kwabena, Yaw, Kwaku, Kojo, Kwesi, Emmanuel, Isaac, Ebenezer`),
		english: 50, langs: []weighted[string]{w(1, "Twi")}, childKeepsLanguage: 10,
		religions: []weighted[string]{w(85, "CHR"), w(10, "MUS"), w(5, "NONE")}},
	"somali": {code: "BAFR", family: words(`Mohamed, Ali, Hassan, Abdi, Farah, Omar, Ahmed, Yusuf, Ismail, Warsame, Jama, Osman, Hersi, Egal, Nur, Aden`),
		women:   words(`Hodan, Amran, Sahra, Fadumo, Hibo, Ayan, Ifrah, Nimco, Ubah, Deeqa, Sagal, Muna`),
		men:     words(`Abdirahman, Abdullahi, Mohamed, Ahmed, Hassan, Farah, Abdi, Liban, Mustafe, Yusuf, Guled, Omar`),
		english: 10, langs: []weighted[string]{w(1, "Somali")}, childKeepsLanguage: 35,
		religions: []weighted[string]{w(97, "MUS"), w(3, "REFU")}},
	"eritrean": {code: "BAFR", family: words(`Tesfaye, Tekle, Gebremedhin, Haile, Berhe, Ghebreyesus, Kidane, Woldu, Mebrahtu, Abraha`),
		women:   words(`Senait, Helen, Semhar, Luwam, Selam, Hanna, Yordanos, Ruta, Mebrat, Winta`),
		men:     words(`Yonas, Tesfay, Samuel, Filmon, Dawit, Mehari, Berhane, Habtom, Michael, Aron`),
		english: 3, langs: []weighted[string]{w(90, "Tigrinya"), w(10, "Arabic")}, childKeepsLanguage: 55,
		religions: []weighted[string]{w(88, "CHR"), w(12, "MUS")}},
	"caribbean": {code: "BCRB", family: words(`Campbell, Brown, Williams, Clarke, Thomas, Johnson, Francis, Henry, Reid, Grant,
Lewis, Robinson, Edwards, Walker, Gordon, Bailey, Morgan, Richards, Forbes, McKenzie, Samuels, Powell, Barrett, Spencer, Gayle, Bennett, Stewart`),
		women:   words(`Shanice, Tanisha, Kezia, Chantelle, Marcia, Sharon, Denise, Simone, Keisha, Tia, Jodie-Ann, Natasha, Paulette, Nadine`),
		men:     words(`Marcus, Tyrone, Jermaine, Andre, Dwayne, Leon, Kareem, Winston, Delroy, Errol, Clive, Darnell, Lloyd, Trevor`),
		girls:   words(`Jada, Aaliyah, Nia, Kayla, Imani, Amari, Zuri, Ciara, Tiana, Nevaeh, Skye, Maya`),
		boys:    words(`Malachi, Jahmal, Kyrie, Jaden, Elijah, Josiah, Zion, Isaiah, Tyrese, Kai, Reuben, Jayden`),
		english: 100, religions: []weighted[string]{w(60, "CHR"), w(33, "NONE"), w(2, "OTH"), w(5, "REFU")}},
	"blackother": {code: "BOTH", family: words(`Campbell, Mensah, Okafor, Johnson, Francis, Boateng, Clarke, Adeyemi, Grant, Owusu, Henry, Reid`),
		women:   words(`Shanice, Abena, Kezia, Blessing, Tanisha, Nadine, Esther, Simone`),
		men:     words(`Marcus, Kwame, Andre, Samuel, Leon, Tunde, Jermaine, Kofi`),
		girls:   words(`Nia, Amara, Jada, Zuri, Imani, Ife, Aaliyah, Ama`),
		boys:    words(`Malachi, Kojo, Elijah, Tobi, Josiah, Zion, Kwame, Isaiah`),
		english: 90, langs: []weighted[string]{w(50, "French"), w(50, "Lingala")}, childKeepsLanguage: 10,
		religions: []weighted[string]{w(70, "CHR"), w(20, "NONE"), w(10, "MUS")}},
	"chinese": {code: "CHNE", family: words(`Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Lin, Wong, Chan, Leung, Cheung, Lam, Ho, Ng, Tang`),
		women:   words(`Mei, Xin, Ying, Li Na, Jing, Yan, Hui, Xiaoling, Jennifer, Amy, Wing, Ka Yan`),
		men:     words(`Wei, Jun, Hao, Ming, Jian, Zhi, Tao, Kevin, Michael, Jason, Ka Wai, Chun`),
		girls:   words(`Emily, Grace, Chloe, Yu Xuan, Zi Han, Mia, Isabella, Hannah, Lucy, Ruoxi`),
		boys:    words(`Ethan, Lucas, Daniel, Hao Ran, Yi Chen, Ryan, Jayden, Oscar, Leo, Zi Xuan`),
		english: 10, langs: []weighted[string]{w(50, "Cantonese"), w(50, "Mandarin")}, childKeepsLanguage: 30,
		religions: []weighted[string]{w(60, "NONE"), w(20, "BUD"), w(15, "CHR"), w(5, "REFU")}},
	"arab": {code: "OOTH", family: words(`Al-Hassan, Haddad, Saleh, Khalil, Nasser, Mansour, Abdullah, Hamdan, Al-Rashid, Darwish, Aziz, Haidar, Jaber, Qasim, Suleiman`),
		women:   words(`Fatima, Layla, Noor, Huda, Rania, Yasmin, Salma, Dana, Reem, Lina, Mariam, Hala, Aya, Sara`),
		men:     words(`Omar, Khalid, Ahmad, Mahmoud, Youssef, Ali, Hamza, Karim, Samir, Tariq, Zaid, Adnan, Bilal, Mustafa`),
		english: 8, langs: []weighted[string]{w(1, "Arabic")}, childKeepsLanguage: 55,
		religions: []weighted[string]{w(85, "MUS"), w(10, "CHR"), w(5, "NONE")}},
	"kurdish": {code: "OOTH", family: words(`Rasul, Qadir, Aziz, Karim, Hussein, Saeed, Othman, Amin, Hamid, Salih`),
		women:   words(`Shirin, Berivan, Hevi, Jwan, Avin, Rojin, Dilan, Nazdar`),
		men:     words(`Rebin, Karwan, Aram, Dilshad, Hawre, Shvan, Zana, Baran`),
		english: 5, langs: []weighted[string]{w(70, "Kurdish (Sorani)"), w(30, "Kurdish (Kurmanji)")}, childKeepsLanguage: 55,
		religions: []weighted[string]{w(80, "MUS"), w(15, "NONE"), w(5, "OTH")}},
	"iranian": {code: "OOTH", family: words(`Ahmadi, Hosseini, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Sadeghi, Kazemi`),
		women:   words(`Parisa, Maryam, Niloufar, Shirin, Roya, Leila, Sara, Mahsa, Nazanin`),
		men:     words(`Reza, Ali, Amir, Mehdi, Hossein, Behrouz, Dariush, Arash, Kian`),
		english: 10, langs: []weighted[string]{w(1, "Farsi")}, childKeepsLanguage: 50,
		religions: []weighted[string]{w(50, "MUS"), w(30, "NONE"), w(15, "CHR"), w(5, "OTH")}},
}

// A pattern is a family's background: the mother's and the (first) father's cultures, and
// the code recorded for their children when it is not derived from the parents'.
type pattern struct {
	mother, father string
	childCode      string // "" → derived from the parents' codes
}

// patterns are weighted so that children's ethnicity roughly follows England's children in
// need: White British about 64%, other White 8%, Asian 10%, Black 6%, mixed 7%, Chinese 1%,
// other 2%, not obtained or refused 2%.
var patterns = []weighted[pattern]{
	w(635, pattern{"british", "british", ""}),
	w(6, pattern{"irish", "irish", ""}),
	w(4, pattern{"traveller", "traveller", ""}),
	w(5, pattern{"roma", "roma", ""}),
	w(30, pattern{"polish", "polish", ""}),
	w(25, pattern{"romanian", "romanian", ""}),
	w(15, pattern{"portuguese", "portuguese", ""}),
	w(12, pattern{"gujarati", "gujarati", ""}),
	w(13, pattern{"punjabi", "punjabi", ""}),
	w(35, pattern{"pakistani", "pakistani", ""}),
	w(15, pattern{"bangladeshi", "bangladeshi", ""}),
	w(8, pattern{"tamil", "tamil", ""}),
	w(10, pattern{"afghan", "afghan", ""}),
	w(7, pattern{"nepali", "nepali", ""}),
	w(14, pattern{"nigerian", "nigerian", ""}),
	w(6, pattern{"ghanaian", "ghanaian", ""}),
	w(8, pattern{"somali", "somali", ""}),
	w(5, pattern{"eritrean", "eritrean", ""}),
	w(12, pattern{"caribbean", "caribbean", ""}),
	w(15, pattern{"blackother", "blackother", ""}),
	w(15, pattern{"british", "caribbean", ""}), // MWBC
	w(8, pattern{"caribbean", "british", ""}),
	w(8, pattern{"british", "nigerian", ""}), // MWBA
	w(4, pattern{"british", "ghanaian", ""}),
	w(7, pattern{"british", "pakistani", ""}), // MWAS
	w(6, pattern{"british", "gujarati", ""}),
	w(6, pattern{"british", "arab", ""}), // MOTH
	w(5, pattern{"polish", "caribbean", ""}),
	w(5, pattern{"british", "chinese", ""}),
	w(6, pattern{"romanian", "nigerian", ""}),
	w(10, pattern{"chinese", "chinese", ""}),
	w(10, pattern{"arab", "arab", ""}),
	w(5, pattern{"kurdish", "kurdish", ""}),
	w(5, pattern{"iranian", "iranian", ""}),
	w(15, pattern{"british", "british", "NOBT"}),
	w(5, pattern{"british", "british", "REFU"}),
}

// childCode is the DfE ethnicity of a child of parents with codes a and b.
func childCode(a, b string) string {
	if a == b {
		return a
	}
	white := func(c string) bool { return c[0] == 'W' }
	if white(b) {
		a, b = b, a
	}
	switch {
	case !white(a):
		return "MOTH"
	case b == "BCRB":
		return "MWBC"
	case b == "BAFR":
		return "MWBA"
	case b[0] == 'A':
		return "MWAS"
	case white(b):
		return "WOTH"
	}
	return "MOTH"
}

// nicknames are preferred names some children use.
var nicknames = map[string]string{
	"Alexander": "Alex", "Oliver": "Ollie", "Thomas": "Tom", "William": "Will", "Theodore": "Teddy", "Samuel": "Sam",
	"Joshua": "Josh", "Jacob": "Jake", "Isabella": "Bella", "Matilda": "Tilly", "Charlotte": "Lottie", "Elizabeth": "Lizzie",
	"Penelope": "Penny", "Florence": "Flo", "Jessica": "Jess", "Harriet": "Hattie", "Sebastian": "Seb", "Frankie": "Frank",
	"Muhammad": "Mo", "Oluwadamilola": "Dami", "Chukwuemeka": "Emeka", "Tobiloba": "Tobi", "Zakariya": "Zak", "Aleksander": "Olek",
}

// neutralNames are chosen by some young people whose gender differs from their sex at birth.
var neutralNames = words(`Alex, Sam, Charlie, Jo, Riley, Frankie, Rowan, Jamie, Robin, Sky, Ash, Kit`)

// The invented places of Demoshire. Postcodes are in CV90: CV is a real postcode area (the
// 903 validator, without the ONS postcode directory, checks a postcode's area and shape), and
// CV90 a district number it does not use, so no generated postcode is a real one.
var (
	towns = []string{"Demotown", "Sampleford", "Testbury", "Mockington", "Exampleton", "Fictonbridge",
		"Placeholme", "Dummerby", "Specimen Wells", "Trialworth"}
	streetNames = words(`Acorn, Alder, Ashdown, Badger, Beacon, Beech, Birch, Bluebell, Bramble, Brook, Buttercup, Castle,
Cedar, Chapel, Cherry, Chestnut, Church, Clover, Coppice, Cowslip, Daisy, Dove, Elm, Fern, Field, Finch, Forge, Foxglove,
Furze, Glebe, Granary, Hawthorn, Hazel, Heather, Heron, Holly, Honeysuckle, Juniper, Kestrel, Kingfisher, Laburnum,
Lapwing, Larch, Lark, Laurel, Lavender, Lilac, Linden, Magpie, Mallard, Maple, Meadow, Mill, Moorhen, Nightingale,
Oak, Orchard, Osprey, Otter, Owl, Pear, Pebble, Pine, Plover, Poplar, Primrose, Quarry, Raven, Robin, Rowan, Sandpiper,
Sedge, Sorrel, Sparrow, Spindle, Spring, Station, Swallow, Swan, Sycamore, Teasel, Thistle, Thrush, Tithe, Vicarage,
Violet, Walnut, Warren, Waterside, Wayfarer, Wheatear, Willow, Wren, Yew`)
	streetKinds = words(`Road, Street, Close, Avenue, Lane, Way, Drive, Crescent, Grove, Court, Gardens, Place, Rise, View, Walk`)
	// postcodeDistrict is the outward part of every generated postcode.
	postcodeDistrict = "CV90"
	// postcodeLetters are the letters the inward part of a UK postcode may use.
	postcodeLetters = "ABDEFGHJLNPQRSTUWXYZ"
)
