using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class SubjectIdTests
{
    [Fact]
    public void The_same_entry_of_the_same_list_always_gets_the_same_id()
    {
        Assert.Equal(SubjectId.For("un", "QDi.001"), SubjectId.For("un", "QDi.001"));
        Assert.NotEqual(SubjectId.For("un", "QDi.001"), SubjectId.For("un-copy", "QDi.001"));
        Assert.NotEqual(SubjectId.For("un", "QDi.001"), SubjectId.For("un", "QDi.002"));
    }

    [Fact]
    public void An_id_is_V_and_ten_crockford_base32_characters_and_parses_in_any_case()
    {
        SubjectId id = SubjectId.For("ofac", "12345");

        Assert.Matches("^V[0-9A-HJKMNP-TV-Z]{10}$", id.Value);
        Assert.True(SubjectId.TryParse(id.Value.ToLowerInvariant(), out SubjectId parsed));
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("QDi.123")]
    [InlineData("V123")]
    [InlineData("X0123456789")]
    [InlineData("V01234567IL")]
    [InlineData(null)]
    public void Other_text_is_not_a_subject_id(string? text)
    {
        Assert.False(SubjectId.TryParse(text, out _));
    }
}
