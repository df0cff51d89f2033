import { describe, expect, it } from 'vitest';
import { falseReportById, falseReports } from '@/utils/qualify/false-report';

describe('false-report offences', () => {
  it('distinguishes the false accusation of a person (CP 226-10) from the report of an imaginary offence (CP 434-26)', () => {
    const accusation = falseReportById['false-accusation'];
    expect([accusation.article, accusation.offence.fr, accusation.maxPenalty.fr]).toEqual([
      '226-10',
      'Dénonciation calomnieuse',
      '5 ans et 45 000 €',
    ]);
    const imaginary = falseReportById['imaginary-offence'];
    expect([imaginary.article, imaginary.offence.fr, imaginary.maxPenalty.fr]).toEqual([
      '434-26',
      'Dénonciation mensongère',
      '6 mois et 7 500 €',
    ]);
  });

  it('states each offence once', () => {
    const articles = falseReports.map((f) => `${f.code} ${f.article}`);
    expect(new Set(articles).size).toBe(articles.length);
    const names = falseReports.map((f) => f.offence.fr);
    expect(new Set(names).size).toBe(names.length);
  });
});
