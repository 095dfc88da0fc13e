// Checks the CSV exports have the agreed columns and survive a parse round-trip, awkward names included.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	csvField,
	generateDemoOrganisation,
	interactionsCsv,
	rosterCsv,
	type DemoPerson
} from '../../../src/lib/demo/index';

const org = generateDemoOrganisation();

describe('demo CSV export', () => {
	it('quotes only fields that need it, doubling quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField(0.25)).toBe('0.25');
		expect(csvField('VP, Sales')).toBe('"VP, Sales"');
		expect(csvField('Dana "DJ" Jones')).toBe('"Dana ""DJ"" Jones"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('round-trips a name with a comma and quotes', () => {
		const awkward: DemoPerson = {
			id: 'dana.jones@northwind.example',
			name: 'Jones, Dana "DJ"',
			email: 'dana.jones@northwind.example',
			team: 'People & Culture',
			role: 'Director, "Special" Projects',
			location: 'Remote',
			startDate: '2024-02-29'
		};
		const parsed = csvParse(rosterCsv({ people: [awkward] }));
		expect(parsed.columns).toEqual([
			'id',
			'name',
			'email',
			'team',
			'role',
			'location',
			'start_date'
		]);
		expect(parsed).toHaveLength(1);
		expect(parsed[0]).toEqual({
			id: awkward.id,
			name: awkward.name,
			email: awkward.email,
			team: awkward.team,
			role: awkward.role,
			location: awkward.location,
			start_date: awkward.startDate
		});
	});

	it('writes the whole roster back exactly', () => {
		const parsed = csvParse(rosterCsv(org));
		expect(parsed).toHaveLength(org.people.length);
		parsed.forEach((row, i) => {
			const person = org.people[i];
			expect([row.id, row.name, row.team, row.role, row.start_date]).toEqual([
				person.id,
				person.name,
				person.team,
				person.role,
				person.startDate
			]);
		});
	});

	it('writes every interaction row with source, target, weight and timestamp', () => {
		const text = interactionsCsv(org);
		expect(text.slice(0, text.indexOf('\n'))).toBe('source,target,weight,timestamp');
		const parsed = csvParse(text);
		expect(parsed).toHaveLength(org.interactions.length);
		const i = Math.floor(org.interactions.length / 2);
		const row = org.interactions[i];
		expect(parsed[i]).toEqual({
			source: row.source,
			target: row.target,
			weight: String(row.weight),
			timestamp: row.timestamp
		});
	});
});
