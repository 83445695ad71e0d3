using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class RelationTypesTests
{
    [Theory]
    [InlineData(RelationType.Parent, RelationType.Child)]
    [InlineData(RelationType.Child, RelationType.Parent)]
    [InlineData(RelationType.Spouse, RelationType.Spouse)]
    [InlineData(RelationType.FormerSpouse, RelationType.FormerSpouse)]
    [InlineData(RelationType.Sibling, RelationType.Sibling)]
    [InlineData(RelationType.Associate, RelationType.Associate)]
    [InlineData(RelationType.Other, RelationType.Other)]
    public void The_relative_sees_the_inverse_type(RelationType type, RelationType inverse)
    {
        Assert.Equal(inverse, RelationTypes.Inverse(type));
        Assert.Equal(type, RelationTypes.Inverse(RelationTypes.Inverse(type)));
        Assert.Equal(type == inverse, RelationTypes.IsSymmetric(type));
    }

    [Theory]
    [InlineData("spouse", RelationType.Spouse)]
    [InlineData("Former-Spouse", RelationType.FormerSpouse)]
    [InlineData("former_spouse", RelationType.FormerSpouse)]
    [InlineData("formerspouse", RelationType.FormerSpouse)]
    [InlineData(" child ", RelationType.Child)]
    public void Names_are_read_ignoring_case_and_separators(string text, RelationType expected)
    {
        Assert.True(RelationTypes.TryParse(text, out RelationType type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("cousin")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_are_refused(string? text) => Assert.False(RelationTypes.TryParse(text, out _));

    [Fact]
    public void Every_type_has_a_name_that_reads_back()
    {
        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            Assert.True(RelationTypes.TryParse(RelationTypes.ToName(type), out RelationType back));
            Assert.Equal(type, back);
        }

        Assert.Equal(["spouse", "former-spouse", "child", "parent", "sibling", "associate", "other"], RelationTypes.All);
    }
}
