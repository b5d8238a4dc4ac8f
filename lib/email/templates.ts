import type { ComponentType } from "react";
import MagicLinkEmail, { magicLinkSubject, type MagicLinkEmailProps } from "@/emails/magic-link";
import WelcomeEmail, { welcomeSubject, type WelcomeEmailProps } from "@/emails/welcome";
import BookingCancelledEmail, { bookingCancelledSubject, type BookingCancelledEmailProps } from "@/emails/booking-cancelled";
import BookingConfirmedEmail, { bookingConfirmedSubject, type BookingConfirmedEmailProps } from "@/emails/booking-confirmed";
import BookingReminderEmail, { bookingReminderSubject, type BookingReminderEmailProps } from "@/emails/booking-reminder";
import NewsletterConfirmEmail, { newsletterConfirmSubject, type NewsletterConfirmEmailProps } from "@/emails/newsletter-confirm";
import NewsletterWelcomeEmail, { newsletterWelcomeSubject, type NewsletterWelcomeEmailProps } from "@/emails/newsletter-welcome";
import CourseReceiptEmail, { courseReceiptSubject, type CourseReceiptEmailProps } from "@/emails/course-receipt";
import PaymentAlertEmail, { paymentAlertSubject, type PaymentAlertEmailProps } from "@/emails/payment-alert";
import BroadcastEmail, { broadcastSubject, type BroadcastEmailProps } from "@/emails/broadcast";
import BookingExistingEmail, { bookingExistingSubject, type BookingExistingEmailProps } from "@/emails/booking-existing";
import BookingRescheduleRequestEmail, { bookingRescheduleRequestSubject, type BookingRescheduleRequestEmailProps } from "@/emails/booking-reschedule-request";
import ErasureConfirmEmail, { erasureConfirmSubject, type ErasureConfirmEmailProps } from "@/emails/erasure-confirm";
import BookingNotificationEmail, { bookingNotificationSubject, type BookingNotificationEmailProps } from "@/emails/booking-notification";
import PartOpenEmail, { partOpenSubject, type PartOpenEmailProps } from "@/emails/part-open";
import InstalmentFailedEmail, { instalmentFailedSubject, type InstalmentFailedEmailProps } from "@/emails/instalment-failed";

/** Every template the app can send, with the subject line built from the same props. */
export interface TemplateProps {
  "magic-link": MagicLinkEmailProps;
  welcome: WelcomeEmailProps;
  "booking-confirmed": BookingConfirmedEmailProps;
  "booking-notification": BookingNotificationEmailProps;
  "booking-cancelled": BookingCancelledEmailProps;
  "booking-existing": BookingExistingEmailProps;
  "booking-reminder": BookingReminderEmailProps;
  "booking-reschedule-request": BookingRescheduleRequestEmailProps;
  "newsletter-confirm": NewsletterConfirmEmailProps;
  "newsletter-welcome": NewsletterWelcomeEmailProps;
  "course-receipt": CourseReceiptEmailProps;
  "payment-alert": PaymentAlertEmailProps;
  broadcast: BroadcastEmailProps;
  "erasure-confirm": ErasureConfirmEmailProps;
  "part-open": PartOpenEmailProps;
  "instalment-failed": InstalmentFailedEmailProps;
}

export type TemplateName = keyof TemplateProps;

interface TemplateEntry<P> {
  component: ComponentType<P>;
  subject: (props: P) => string;
}

export const templates: { [K in TemplateName]: TemplateEntry<TemplateProps[K]> } = {
  "magic-link": { component: MagicLinkEmail, subject: magicLinkSubject },
  welcome: { component: WelcomeEmail, subject: welcomeSubject },
  "booking-confirmed": { component: BookingConfirmedEmail, subject: bookingConfirmedSubject },
  "booking-notification": { component: BookingNotificationEmail, subject: bookingNotificationSubject },
  "booking-cancelled": { component: BookingCancelledEmail, subject: bookingCancelledSubject },
  "booking-reschedule-request": { component: BookingRescheduleRequestEmail, subject: bookingRescheduleRequestSubject },
  "booking-existing": { component: BookingExistingEmail, subject: bookingExistingSubject },
  "booking-reminder": { component: BookingReminderEmail, subject: bookingReminderSubject },
  "newsletter-confirm": { component: NewsletterConfirmEmail, subject: newsletterConfirmSubject },
  "newsletter-welcome": { component: NewsletterWelcomeEmail, subject: newsletterWelcomeSubject },
  "course-receipt": { component: CourseReceiptEmail, subject: courseReceiptSubject },
  "payment-alert": { component: PaymentAlertEmail, subject: paymentAlertSubject },
  broadcast: { component: BroadcastEmail, subject: broadcastSubject },
  "erasure-confirm": { component: ErasureConfirmEmail, subject: erasureConfirmSubject },
  "part-open": { component: PartOpenEmail, subject: partOpenSubject },
  "instalment-failed": { component: InstalmentFailedEmail, subject: instalmentFailedSubject },
};
