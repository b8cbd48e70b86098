/**
 * Purchase potential (购买潜力, seed 002 steps 1–2): for each purchase driver (驱动因素 — e.g.
 * subscribers, sites, revenue) multiply its driver quantity (驱动量) by what we expect the customer
 * to buy per unit, and add the drivers up. Amounts are minor units; each product is rounded to a
 * whole minor unit before summing so the total equals the sum of the lines the user sees.
 */
export interface DriverLine {
  quantity: number;
  purchasePerUnit: number;
}

export function driverPotential(driver: DriverLine): number {
  return Math.round(driver.quantity * driver.purchasePerUnit);
}

export function estimatePurchasePotential(drivers: readonly DriverLine[]): number {
  return drivers.reduce((sum, d) => sum + driverPotential(d), 0);
}
