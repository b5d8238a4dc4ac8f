import PDFDocument from "pdfkit";

export interface CertificateContent {
  learnerName: string;
  courseTitle: string;
  /** Already written out, e.g. "2 December 2026". */
  issuedOn: string;
  coachName: string;
  coachHeadline: string;
  verifyUrl: string;
}

const MOSS = "#4f6b4a";
const INK = "#1f2a24";
const MUTED = "#44534a";

/**
 * The certificate as an A4 landscape PDF, drawn with pdfkit and its built-in fonts (nothing to
 * download or embed): a calm frame, the name large, the course, the date, the coach, and the
 * address where anyone can check it.
 */
export function renderCertificatePdf(content: CertificateContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      layout: "landscape",
      margin: 0,
      compress: options.compress ?? true,
      info: { Title: `Certificate of completion: ${content.courseTitle}`, Author: content.coachName, Subject: content.learnerName },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    const { width, height } = doc.page;
    doc.rect(0, 0, width, height).fill("#f7f3ec");
    doc.lineWidth(2).roundedRect(28, 28, width - 56, height - 56, 18).stroke(MOSS);
    doc.lineWidth(0.75).roundedRect(38, 38, width - 76, height - 76, 14).stroke(MOSS);

    const column = { x: 90, width: width - 180 };
    doc.fillColor(MOSS).font("Helvetica-Bold").fontSize(13).text("CERTIFICATE OF COMPLETION", column.x, 125, { width: column.width, align: "center", characterSpacing: 3 });
    doc.fillColor(MUTED).font("Times-Italic").fontSize(16).text("This is to say that", column.x, 185, { width: column.width, align: "center" });
    doc.fillColor(INK).font("Times-Bold").fontSize(40).text(content.learnerName, column.x, 215, { width: column.width, align: "center" });
    doc.fillColor(MUTED).font("Times-Italic").fontSize(16).moveDown(0.3).text("has completed every lesson of", { width: column.width, align: "center" }).moveDown(0.5);
    doc.fillColor(INK).font("Times-Roman").fontSize(24).text(content.courseTitle, { width: column.width, align: "center" });
    doc.fillColor(MUTED).font("Helvetica").fontSize(12).moveDown(0.6).text(`on ${content.issuedOn}`, { width: column.width, align: "center" }).moveDown(3);

    doc.fillColor(INK).font("Times-Bold").fontSize(16).text(content.coachName, { width: column.width, align: "center" });
    doc.fillColor(MUTED).font("Helvetica").fontSize(11).text(content.coachHeadline, { width: column.width, align: "center" });

    doc
      .fillColor(MUTED)
      .font("Helvetica")
      .fontSize(9)
      .text(`Check this certificate at ${content.verifyUrl}`, column.x, height - 80, { width: column.width, align: "center" });
    // The line above is also a link, for anyone reading the PDF on a screen.
    doc.link(column.x, height - 84, column.width, 16, content.verifyUrl);
    doc.end();
  });
}
