import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { SettingsForm } from "./settings-form";
import { PaymentSettingsForm } from "./payment-settings-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Settings");

export default async function SettingsPage() {
  await requireAdmin();
  const { site, orders } = await services();
  const [profile, paymentSettings] = await Promise.all([site.profile(), orders.paymentSettings()]);
  return (
    <>
      <h1 className="text-4xl">Settings</h1>
      <p className="mt-2 text-ink-muted">Your profile as visitors see it, and the details bookings use.</p>
      <SettingsForm
        initial={{
          name: profile?.name ?? "",
          headline: profile?.headline ?? "",
          shortBio: profile?.shortBio ?? "",
          longBio: profile?.longBio ?? "",
          timezone: profile?.timezone ?? "UTC",
          contactEmail: profile?.contactEmail ?? "",
          portraitAlt: profile?.portraitAlt ?? "",
        }}
        portraitUrl={profile?.portraitKey ? `/uploads/${profile.portraitKey}` : null}
      />
      <section aria-labelledby="payments-heading" className="mt-14 border-t border-line pt-10">
        <h2 id="payments-heading" className="text-3xl">
          Tax and invoices
        </h2>
        <p className="mt-2 max-w-2xl text-ink-muted">How course checkouts handle tax, and whether buyers get an invoice. Changes apply to checkouts started after you save.</p>
        <PaymentSettingsForm initial={paymentSettings} />
      </section>
    </>
  );
}
