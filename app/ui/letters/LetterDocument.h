#pragma once

#include "core/letters/LetterTypes.h"

#include <memory>

class QTextDocument;

// A letter as a printable document, built with QTextCursor so nothing the user typed is
// read as markup: the recipient and subject as a heading, then the text.
class LetterDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const LetterInfo &letter);
};
