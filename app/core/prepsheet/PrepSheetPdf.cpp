#include "core/prepsheet/PrepSheetPdf.h"

#include "core/prepsheet/PrepSheetDocument.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

// Qt's PDF writer puts the title in the document information; the author goes in the XMP
// metadata, which then has to carry the title as well.
QByteArray xmp(const QString &title, const QString &author)
{
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().toUtf8();
    };
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                             "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             "<rdf:Description rdf:about='' "
                             "xmlns:dc='http://purl.org/dc/elements/1.1/' "
                             "xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
                             "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>") +
           escaped(title) +
           QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>") +
           escaped(author) +
           QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator>\n<xmp:CreatorTool>") +
           escaped(author) +
           QByteArrayLiteral("</xmp:CreatorTool>\n<pdf:Producer>Qt</pdf:Producer>\n"
                             "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
                             "<?xpacket end='w'?>");
}

} // namespace

Result<int> PrepSheetPdf::write(const PrepSheetData &data, const QString &path,
                                const QLocale &locale)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No file name was given for the prep sheet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("The prep sheet could not be written to “%1”: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    PrepSheetDocument sheet(data);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(PrepSheetDocument::pageLayoutFor(locale));
        writer.setResolution(300);
        const QString author = QCoreApplication::applicationName().isEmpty()
                                   ? QStringLiteral("SecondRound")
                                   : QCoreApplication::applicationName();
        writer.setTitle(sheet.title());
        writer.setCreator(author);
        writer.setDocumentXmpMetadata(xmp(sheet.title(), author));
        pages = sheet.print(&writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Status::failure(tr("The prep sheet could not be drawn."));
    }
    if (!file.commit())
        return Status::failure(
            tr("The prep sheet could not be written to “%1”: %2").arg(shown, file.errorString()));
    return pages;
}
