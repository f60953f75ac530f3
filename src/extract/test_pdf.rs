//! Small PDFs built with lopdf for the extractor's unit tests.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

/// A one-page PDF of `width` × `height` points whose content stream is
/// `content`, with Helvetica (WinAnsi) as font `/F1`. `more` may add
/// objects to the document and returns entries for the page and for the
/// catalog; it is given the page's id (for a widget's `/P`).
pub(crate) fn one_page(
    width: i64,
    height: i64,
    content: String,
    more: impl FnOnce(&mut Document, ObjectId) -> (Dictionary, Dictionary),
) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let (page_more, catalog_more) = more(&mut doc, page_id);
    let mut page = dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), width.into(), height.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
    };
    page.extend(&page_more);
    doc.objects.insert(page_id, Object::Dictionary(page));
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![Object::Reference(page_id)],
            "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    catalog.extend(&catalog_more);
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}
