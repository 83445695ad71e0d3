namespace Vigil.Domain;

/// <summary>How one subject is related to another.</summary>
/// <remarks>
/// Read a relation of subject A with type T and relative B as "B is A's T": a relation <see cref="Child"/> on a
/// father names his child, and the child sees the father as <see cref="Parent"/> (see
/// <see cref="RelationTypes.Inverse"/>). The other types are symmetric. Values are stored; never renumber them.
/// </remarks>
public enum RelationType
{
    /// <summary>Husband or wife.</summary>
    Spouse = 1,

    /// <summary>Former husband or wife (divorced, or widowed and remarried).</summary>
    FormerSpouse = 2,

    /// <summary>The relative is the subject's child.</summary>
    Child = 3,

    /// <summary>The relative is the subject's parent.</summary>
    Parent = 4,

    /// <summary>Brother or sister.</summary>
    Sibling = 5,

    /// <summary>A known associate: a member of the same network, a business partner, an entity linked to the subject.</summary>
    Associate = 6,

    /// <summary>Any other relation; the note says which.</summary>
    Other = 7,
}
