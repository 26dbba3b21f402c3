import Testing
@testable import ClaimAudit

/// Inflection, gaps, numbers and lexicon references in cue phrases.
@Suite struct LexiconMatchingTests {
    @Test(arguments: [
        ("salary", "salaries"), ("spend", "spends"), ("spend", "spent"), ("spend", "spending"),
        ("charge", "charged"), ("charge", "charging"), ("charge", "charges"), ("cost", "costs"),
        ("train", "training"), ("train", "trained"), ("subsidy", "subsidies"), ("run", "running"),
        ("loss", "losses"), ("pay", "paid"), ("amortize", "amortized"), ("build", "built"),
    ])
    func inflectedFormsShareAStem(_ base: String, _ form: String) {
        #expect(WordStemmer.stem(base) == WordStemmer.stem(form), "\(base) vs \(form)")
    }

    @Test func distinctWordsStayDistinct() {
        #expect(WordStemmer.stem("cost") != WordStemmer.stem("coast"))
        // "so far" is not a fare, and "scar" is not "care".
        #expect(WordStemmer.stem("fares") == WordStemmer.stem("fare"))
        #expect(WordStemmer.stem("fare") != WordStemmer.stem("far"))
        #expect(WordStemmer.stem("care") != WordStemmer.stem("car"))
        // penalised vs the adjective: "was fined $2M" is not "my plan is fine"
        #expect(WordStemmer.stem("fined") != WordStemmer.stem("fine"))
        #expect(WordStemmer.stem("fines") == WordStemmer.stem("fine"))
        #expect(WordStemmer.stem("us") == "us")
        #expect(WordStemmer.stem("analysis") == "analysis")
        #expect(WordStemmer.stem("plus") == "plus")
        // A word of reporting is no negation: "analysts noted that…", "the notes say…".
        for form in ["note", "notes", "noted", "noting"] {
            #expect(WordStemmer.stem(form) == "note", "\(form)")
        }
        #expect(WordStemmer.stem("supposed") != WordStemmer.stem("suppose"))
        #expect(WordStemmer.stem("supposing") == WordStemmer.stem("suppose"))
    }

    @Test func contractionsExpand() {
        #expect(CueTokenizer.norms(of: "doesn't") == ["do", "not"])
        #expect(CueTokenizer.norms(of: "Anthropic’s") == ["anthropic"])
    }

    /// Matches of lexicon `name` in `text`, as matched text.
    func matches(_ lexicons: String, _ name: String, in text: String) throws -> [String] {
        let set = try RuleSet.parse([(path: "t.rules", text: lexicons + "\nrule r\n  kind: other\n  when: sentence has \(name)\n")])
        let bytes = Array(text.utf8)
        let tokens = CueTokenizer.tokenize(bytes, 0..<bytes.count)
        let id = try #require(set.cueIDs[name])
        return set.trie.matches(in: tokens, 0..<tokens.count).filter { $0.lexicon == id }.map { m in
            String(decoding: bytes[tokens[m.tokens.lowerBound].range.lowerBound..<tokens[m.tokens.upperBound - 1].range.upperBound], as: UTF8.self)
        }
    }

    @Test func phrasesMatchCaseInsensitivelyAndInflected() throws {
        #expect(try matches("lexicon s: total spending, salary", "s", in: "Total Spent on Salaries").sorted() == ["Salaries", "Total Spent"])
        #expect(try matches("lexicon s: salary", "s", in: "the SALARY bill").count == 1)
        #expect(try matches("lexicon s: total spending", "s", in: "total revenue").isEmpty)
    }

    @Test func gapsSpanAtMostThreeWords() throws {
        let lex = "lexicon d: divided * by"
        #expect(try matches(lex, "d", in: "divided their content budget by users") == ["divided their content budget by"])
        #expect(try matches(lex, "d", in: "divided by users") == ["divided by"])
        #expect(try matches(lex, "d", in: "divided one two three four by users").isEmpty)
        #expect(try matches(lex, "d", in: "divided, then by users").isEmpty)
    }

    @Test func numberPlaceholderAndHyphens() throws {
        #expect(try matches("lexicon y: over # years", "y", in: "amortized over 8 years") == ["over 8 years"])
        #expect(try matches("lexicon o: one-time", "o", in: "a one time fee and a one-time fee").count == 2)
    }

    @Test func lexiconReferencesExpand() throws {
        let lex = "lexicon provider: openai, the lab\nlexicon c: costs {provider}"
        #expect(try matches(lex, "c", in: "It costs OpenAI a lot; it cost the lab more").count == 2)
    }

    @Test func anExactWordMatchesOnlyThatForm() throws {
        // "says" reports; "say" also opens a supposition ("Say the lab spends …")
        let lex = "lexicon speech: =says, =claims, analyst =note"
        #expect(try matches(lex, "speech", in: "The CFO says it is $5.") == ["says"])
        #expect(try matches(lex, "speech", in: "Say the lab spends $5; they said so.").isEmpty)
        #expect(try matches(lex, "speech", in: "Capital letters: SAYS, Claims.").count == 2)
        // "note" and "not" share a stem; the exact form keeps them apart
        #expect(try matches(lex, "speech", in: "The analyst note puts it at $5.") == ["analyst note"])
        #expect(try matches(lex, "speech", in: "The analyst did not say.").isEmpty)
    }

    @Test func anAnchoredPhraseMatchesOnlyAtTheStartOfASentenceOrClause() throws {
        // "Say Lumen spends …" supposes; "Brightline says …" and "couriers say …" report
        let lex = "lexicon opener: ^=say, ^ let's assume"
        #expect(try matches(lex, "opener", in: "Say Lumen spends $4 a ride.") == ["Say"])
        #expect(try matches(lex, "opener", in: "Couriers say it spends $4 a ride.").isEmpty)
        #expect(try matches(lex, "opener", in: "Brightline says it spends $4 a ride.").isEmpty)
        // after an opening quote or bracket, a clause-ending mark or a full stop
        #expect(try matches(lex, "opener", in: "\"Say the lab spends $4,\" she wrote.") == ["Say"])
        #expect(try matches(lex, "opener", in: "It would cost, say, $4 a ride.") == ["say"])
        #expect(try matches(lex, "opener", in: "lol no. say they spend $4; let's assume $3 then") == ["say", "let's assume"])
        #expect(try matches(lex, "opener", in: "They never say so, let alone assume it.").isEmpty)
        // the same words unanchored match anywhere
        #expect(try matches("lexicon s: =say", "s", in: "Couriers say it spends $4.") == ["say"])
    }

    @Test func anAnchoredLexiconCanOpenAnotherPhrase() throws {
        let lex = "lexicon opener: ^=say, ^suppose\nlexicon o: {opener} the"
        #expect(try matches(lex, "o", in: "Suppose the fleet doubles; say the fleet halves.").count == 2)
        #expect(try matches(lex, "o", in: "We suppose the fleet doubles.").isEmpty)
    }

    @Test func anchoredMatchingStaysLinear() throws {
        let lex = "lexicon g: ^a * a * a * b"
        let text = String(repeating: "a, ", count: 5_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try matches(lex, "g", in: text) }
        #expect(elapsed < .seconds(5))
    }

    @Test func aPossessiveLexiconReferenceMatchesThePossessiveInTheText() throws {
        let lex = "lexicon source: the regulator, analysts\nlexicon e: {source}'s estimate"
        #expect(try matches(lex, "e", in: "The regulator's estimate is high; analysts' estimate too.").count == 2)
        #expect(try matches(lex, "e", in: "Our estimate is high.").isEmpty)
    }

    @Test func matchingIsLinearInTextLength() throws {
        // A pathological lexicon (many gaps) on a long text stays fast.
        let lex = "lexicon g: a * a * a * a * b"
        let text = String(repeating: "a ", count: 5_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try matches(lex, "g", in: text) }
        #expect(elapsed < .seconds(5))
    }
}
