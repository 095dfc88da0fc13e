// Draws diverse, believable and unique person names and turns them into email-like keys.
import type { Rng } from './random';

interface NamePool {
	first: readonly string[];
	last: readonly string[];
	/** Relative share of the company; a London/Lisbon/Berlin firm skews British, Portuguese, German. */
	weight: number;
}

// Names are grouped by origin so that first and last names mostly match, as they do in real rosters.
const POOLS: readonly NamePool[] = [
	{
		weight: 14,
		first: [
			'Oliver',
			'Amelia',
			'Harry',
			'Isla',
			'George',
			'Freya',
			'Jack',
			'Poppy',
			'Thomas',
			'Evie',
			'Samuel',
			'Hannah',
			'Joe',
			'Lucy',
			'Callum',
			'Rosie'
		],
		last: [
			'Smith',
			'Taylor',
			'Brown',
			'Wilson',
			'Evans',
			'Hughes',
			'Walker',
			'Wright',
			'Robinson',
			'Thompson',
			'Clarke',
			'Harrison',
			'Bennett',
			'Fletcher',
			'Holloway',
			'Marsh'
		]
	},
	{
		weight: 4,
		first: ['Aoife', 'Ciarán', 'Niamh', 'Seán', 'Siobhán', 'Eoin', 'Róisín', 'Declan'],
		last: ["O'Brien", 'Murphy', 'Byrne', "O'Sullivan", 'Kelly', 'Doyle', 'McCarthy', 'Gallagher']
	},
	{
		weight: 12,
		first: [
			'João',
			'Inês',
			'Tiago',
			'Beatriz',
			'Miguel',
			'Mariana',
			'Rui',
			'Leonor',
			'Gonçalo',
			'Carolina',
			'Duarte',
			'Sofia'
		],
		last: [
			'Silva',
			'Santos',
			'Ferreira',
			'Pereira',
			'Costa',
			'Rodrigues',
			'Almeida',
			'Carvalho',
			'Sousa',
			'Ribeiro',
			'Lopes',
			'Marques'
		]
	},
	{
		weight: 4,
		first: ['Lucas', 'Larissa', 'Rafael', 'Camila', 'Thiago', 'Juliana', 'Gabriel', 'Fernanda'],
		last: [
			'Oliveira',
			'Nascimento',
			'Barbosa',
			'Cavalcanti',
			'Teixeira',
			'Moreira',
			'Araújo',
			'Fonseca'
		]
	},
	{
		weight: 10,
		first: [
			'Lukas',
			'Lena',
			'Felix',
			'Johanna',
			'Jonas',
			'Katharina',
			'Maximilian',
			'Greta',
			'Tobias',
			'Annika',
			'Moritz',
			'Clara'
		],
		last: [
			'Müller',
			'Schmidt',
			'Schneider',
			'Fischer',
			'Weber',
			'Becker',
			'Hoffmann',
			'Schäfer',
			'Koch',
			'Richter',
			'Wolf',
			'Neumann'
		]
	},
	{
		weight: 3,
		first: ['Jakub', 'Zofia', 'Kacper', 'Aleksandra', 'Mateusz', 'Natalia'],
		last: ['Nowak', 'Kowalczyk', 'Wójcik', 'Mazur', 'Krawczyk', 'Zając']
	},
	{
		weight: 3,
		first: ['Oleksandr', 'Daryna', 'Andrii', 'Kateryna', 'Bohdan', 'Iryna'],
		last: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko']
	},
	{
		weight: 3,
		first: ['Lucía', 'Pablo', 'Elena', 'Javier', 'Carmen', 'Álvaro'],
		last: ['García', 'Fernández', 'Moreno', 'Navarro', 'Ortega', 'Delgado']
	},
	{
		weight: 3,
		first: ['Giulia', 'Marco', 'Chiara', 'Matteo', 'Francesca', 'Luca'],
		last: ['Romano', 'Ricci', 'Esposito', 'Conti', 'Bianchi', 'Colombo']
	},
	{
		weight: 2,
		first: ['Camille', 'Hugo', 'Chloé', 'Théo', 'Manon', 'Louis'],
		last: ['Dubois', 'Laurent', 'Lefèvre', 'Moreau', 'Girard', 'Bonnet']
	},
	{
		weight: 2,
		first: ['Sanne', 'Daan', 'Astrid', 'Erik', 'Ingrid', 'Lars'],
		last: ['de Vries', 'Jansen', 'Lindqvist', 'Haugen', 'Bakker', 'Nilsson']
	},
	{
		weight: 8,
		first: [
			'Priya',
			'Arjun',
			'Ananya',
			'Rohan',
			'Kavya',
			'Vikram',
			'Meera',
			'Aditya',
			'Nisha',
			'Sanjay'
		],
		last: [
			'Sharma',
			'Patel',
			'Iyer',
			'Reddy',
			'Nair',
			'Gupta',
			'Menon',
			'Desai',
			'Kapoor',
			'Chatterjee'
		]
	},
	{
		weight: 4,
		first: ['Ayesha', 'Imran', 'Farah', 'Bilal', 'Nusrat', 'Tanvir'],
		last: ['Khan', 'Hussain', 'Rahman', 'Chowdhury', 'Ahmed', 'Qureshi']
	},
	{
		weight: 5,
		first: ['Amira', 'Omar', 'Layla', 'Karim', 'Yasmin', 'Tarek', 'Nour', 'Samir'],
		last: ['Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Aziz', 'Farouk', 'Hamdan']
	},
	{
		weight: 2,
		first: ['Emre', 'Elif', 'Can', 'Zeynep', 'Burak', 'Ayşe'],
		last: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Aydın', 'Öztürk']
	},
	{
		weight: 2,
		first: ['Darius', 'Shirin', 'Kian', 'Leila', 'Arash', 'Nasrin'],
		last: ['Tehrani', 'Rostami', 'Karimi', 'Hosseini', 'Moradi', 'Jafari']
	},
	{
		weight: 3,
		first: ['Chidi', 'Ngozi', 'Tunde', 'Folake', 'Emeka', 'Adaeze'],
		last: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Adebayo']
	},
	{
		weight: 2,
		first: ['Kwame', 'Ama', 'Kofi', 'Efua', 'Yaw', 'Abena'],
		last: ['Mensah', 'Boateng', 'Asante', 'Owusu', 'Appiah', 'Darko']
	},
	{
		weight: 2,
		first: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Baraka'],
		last: ['Mwangi', 'Ochieng', 'Kariuki', 'Wambui', 'Mutua', 'Kiprop']
	},
	{
		weight: 3,
		first: ['Marcus', 'Keisha', 'Andre', 'Shanice', 'Tyrone', 'Simone'],
		last: ['Campbell', 'Francis', 'Grant', 'Baptiste', 'Charles', 'Lewis']
	},
	{
		weight: 3,
		first: ['Wei', 'Mei', 'Jun', 'Xinyi', 'Hao', 'Lin'],
		last: ['Chen', 'Wang', 'Zhang', 'Liu', 'Huang', 'Zhou']
	},
	{
		weight: 2,
		first: ['Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko', 'Ren'],
		last: ['Tanaka', 'Sato', 'Nakamura', 'Suzuki', 'Watanabe', 'Ito']
	},
	{
		weight: 2,
		first: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun-woo', 'Su-bin', 'Jae-won'],
		last: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang']
	},
	{
		weight: 2,
		first: ['Linh', 'Minh', 'Thao', 'Duc', 'Huong', 'Quang'],
		last: ['Nguyen', 'Tran', 'Pham', 'Le', 'Hoang', 'Vu']
	},
	{
		weight: 2,
		first: ['Paolo', 'Andrea', 'Joaquin', 'Maricel', 'Rhea', 'Jericho'],
		last: ['Santos', 'Reyes', 'Bautista', 'Dela Cruz', 'Mendoza', 'Villanueva']
	},
	{
		weight: 3,
		first: ['Sofía', 'Diego', 'Valentina', 'Mateo', 'Ximena', 'Santiago'],
		last: ['Hernández', 'López', 'Martínez', 'Ramírez', 'Castillo', 'Vargas']
	}
];

const POOL_WEIGHTS = POOLS.map((pool) => [pool, pool.weight] as const);

/** 'Siobhán O'Brien' → 'siobhan.obrien': accents folded, anything but letters, digits and '-' dropped. */
export function nameKey(first: string, last: string): string {
	const fold = (part: string) =>
		part
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/ı/g, 'i')
			.toLowerCase()
			.replace(/[^a-z0-9-]/g, '');
	return `${fold(first)}.${fold(last)}`;
}

export interface DrawnName {
	name: string;
	key: string;
}

/** Returns a drawer that never repeats a full name or a key within one company. */
export function createNameDrawer(rng: Rng): () => DrawnName {
	const usedKeys = new Set<string>();
	return () => {
		for (let attempt = 0; attempt < 1000; attempt++) {
			const pool = rng.weighted(POOL_WEIGHTS);
			// About one in ten people have a surname from another origin, as in any mixed city.
			const surnamePool = rng.chance(0.1) ? rng.weighted(POOL_WEIGHTS) : pool;
			const first = rng.pick(pool.first);
			const last = rng.pick(surnamePool.last);
			const key = nameKey(first, last);
			if (usedKeys.has(key)) continue;
			usedKeys.add(key);
			return { name: `${first} ${last}`, key };
		}
		throw new Error('Ran out of distinct demo names');
	};
}
