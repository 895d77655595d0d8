using System.Text.RegularExpressions;
using FibroTrack.Core.RedFlags;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>Rules explain in plain words, never name a diagnosis, and always refer to a clinician.</summary>
public sealed class RedFlagRuleTextTests
{
    /// <summary>Diagnoses and words that would read as one. Matched as whole words, ignoring case.</summary>
    private static readonly string[] Banned =
    [
        "lupus", "SLE", "arthritis", "rheumatoid", "RA", "polymyalgia", "PMR", "rheumatica", "myositis", "polymyositis",
        "dermatomyositis", "arteritis", "vasculitis", "Sjögren", "Sjogren", "scleroderma", "sclerosis", "cancer", "tumour",
        "tumor", "malignancy", "lymphoma", "leukaemia", "leukemia", "gout", "diagnosis", "diagnose", "diagnosed", "diagnostic",
        "disease", "fibromyalgia", "hypothyroidism", "infection", "autoimmune",
    ];

    public static TheoryData<string> RuleIds() => new(RedFlagRules.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Texts_NoBannedWord(string id)
    {
        var rule = RedFlagRules.All.Single(r => r.Id == id);

        // The source is a bibliographic citation: journal names such as "Arthritis Rheum" are allowed there.
        foreach (var text in new[] { rule.Title, rule.Explanation })
        {
            foreach (var word in Banned)
            {
                Assert.False(
                    Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase),
                    $"Rule '{id}' says '{word}': {text}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Explanation_EndsWithDiscussWithClinician(string id)
    {
        Assert.EndsWith("Discuss this with your clinician.", RedFlagRules.All.Single(r => r.Id == id).Explanation);
    }

    [Fact]
    public void Ids_AreUnique()
    {
        Assert.Equal(RedFlagRules.All.Count, RedFlagRules.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void All_HasEveryDiarySign()
    {
        foreach (var sign in RedFlagSigns.All)
        {
            Assert.Contains(RedFlagRules.All, r => r.Id == RedFlagRules.SignRuleId(sign.Code));
        }
    }

    [Fact]
    public void Constructor_ExplanationWithoutClosingSentence_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RedFlagRule("x", "X", "Something.", "Source", _ => []));
    }

    [Fact]
    public void BannedWordScan_CatchesADiagnosis()
    {
        // The scan itself works: a text naming a diagnosis is caught.
        Assert.Matches(new Regex(@"\barthritis\b", RegexOptions.IgnoreCase), "Could be Arthritis.");
    }
}
