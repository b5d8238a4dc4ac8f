import { requireAdmin } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { ianaTimeZones } from "@/lib/site/timezones";
import { SettingsForm } from "./settings-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Settings");

export default async function SettingsPage() {
  await requireAdmin();
  const profile = await (await services()).site.profile();
  return (
    <>
      <h1 className="text-4xl">Settings</h1>
      <p className="mt-2 text-ink-muted">Your profile as visitors see it, and the details bookings use.</p>
      <SettingsForm
        timezones={ianaTimeZones()}
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
    </>
  );
}
