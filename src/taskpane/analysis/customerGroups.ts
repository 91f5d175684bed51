/**
 * The desk's groups of the ledger's invoices (engine collections/desk.ts DeskGroups), put together as the worker's
 * invoices arrive a slice at a time (invoiceColumns.ts), so that the desk does not group a million invoices in one
 * task on the pane's thread. Invoices are added in the ledger's order; a customer's group is found once per name and
 * slice, not once per invoice.
 */
import { type DeskGroups, hasSomethingOpen, type Invoice } from "../../engine";

/** One customer's invoices, and those of them with something open. */
export interface CustomerGroup {
  all: Invoice[];
  open: Invoice[];
}

export class CustomerGroups {
  private readonly groups = new Map<string, CustomerGroup>();

  /** The customer's group, begun at its first invoice (so the groups come in the order customers first come). */
  groupOf(customer: string): CustomerGroup {
    let group = this.groups.get(customer);
    if (!group) this.groups.set(customer, (group = { all: [], open: [] }));
    return group;
  }

  /** The next invoice of the ledger, into its customer's group. */
  add(group: CustomerGroup, invoice: Invoice): void {
    group.all.push(invoice);
    if (hasSomethingOpen(invoice)) group.open.push(invoice);
  }

  /** The groups as the desk takes them. */
  deskGroups(): DeskGroups {
    const byCustomer = new Map<string, Invoice[]>();
    const open = new Map<string, Invoice[]>();
    for (const [customer, group] of this.groups) {
      byCustomer.set(customer, group.all);
      if (group.open.length > 0) open.set(customer, group.open);
    }
    return { byCustomer, open };
  }
}
