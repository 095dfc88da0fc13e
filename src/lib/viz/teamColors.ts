// One categorical palette for teams, stable for a given list of team names, with grey kept for people off the roster.
import { scaleOrdinal, schemeTableau10 } from 'd3';
import { UNKNOWN_TEAM } from '../graph/types';

const UNLISTED_GREY = '#9aa3ae';
// Tableau 10 then a second, lighter set: enough distinct hues for the dozen-odd teams of a mid-size organisation.
const PALETTE = [
	...schemeTableau10,
	'#a0cbe8',
	'#ffbe7d',
	'#8cd17d',
	'#f1ce63',
	'#86bcb6',
	'#ff9d9a',
	'#d4a6c8',
	'#d7b5a6'
];

export function teamColorScale(teams: readonly string[]): (team: string) => string {
	const listed = [...new Set(teams)].filter((team) => team !== UNKNOWN_TEAM).sort();
	const scale = scaleOrdinal<string, string>().domain(listed).range(PALETTE);
	return (team) => (team === UNKNOWN_TEAM ? UNLISTED_GREY : scale(team));
}
