package values

import (
	"regexp"
	"strings"

	"github.com/distribution/reference"
	"github.com/opencontainers/go-digest"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// ImageValues names a container image and its pull policy.
type ImageValues struct {
	// Repository is the image repository, e.g. ghcr.io/your-org/optio-api.
	Repository string `json:"repository"`
	// Tag is the image tag, kept as the exact text given, or a digest
	// (sha256:...), which gives repository@digest.
	Tag string `json:"tag"`
	// PullPolicy is Always, IfNotPresent or Never; "" omits it (Kubernetes
	// then uses Always for the tag latest, IfNotPresent otherwise). Unused
	// for agent.image, whose pods take agent.imagePullPolicy.
	PullPolicy PullPolicy `json:"pullPolicy,omitempty" values:"empty"`
}

// Reference returns "repository:tag", or "repository@tag" when the tag is a
// digest (sha256:...).
func (i ImageValues) Reference() string {
	if strings.Contains(i.Tag, ":") {
		return i.Repository + "@" + i.Tag
	}
	return i.Repository + ":" + i.Tag
}

// tagPattern is an image tag as the distribution reference grammar defines it.
var tagPattern = regexp.MustCompile(`^` + reference.TagRegexp.String() + `$`)

// validateImage checks an image reference; needPolicy makes the pull
// policy required ("" otherwise omits it).
func validateImage(path *field.Path, img ImageValues, needPolicy bool) field.ErrorList {
	var errs field.ErrorList
	switch {
	case img.Repository == "":
		errs = append(errs, field.Required(path.Child("repository"), "").WithOrigin(RuleImageReference))
	case strings.ContainsAny(img.Repository, "@"):
		errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must not hold a tag or digest: put a digest in tag (tag: sha256:...)").WithOrigin(RuleImageReference))
	default:
		if named, err := reference.ParseNormalizedNamed(img.Repository); err != nil {
			errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must be an image repository such as ghcr.io/your-org/optio-api (lower case): "+err.Error()).WithOrigin(RuleImageReference))
		} else if _, tagged := named.(reference.Tagged); tagged {
			errs = append(errs, field.Invalid(path.Child("repository"), img.Repository, "must not hold a tag: put it in tag").WithOrigin(RuleImageReference))
		}
	}
	switch {
	case img.Tag == "":
		errs = append(errs, field.Required(path.Child("tag"), "").WithOrigin(RuleImageReference))
	case strings.Contains(img.Tag, ":"):
		if _, err := digest.Parse(img.Tag); err != nil {
			errs = append(errs, field.Invalid(path.Child("tag"), img.Tag, "must be a tag (e.g. 0.1.0) or a digest (sha256:<64 hex>)").WithOrigin(RuleImageReference))
		}
	case !tagPattern.MatchString(img.Tag):
		errs = append(errs, field.Invalid(path.Child("tag"), img.Tag, "must be a tag: letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-'").WithOrigin(RuleImageReference))
	}
	if needPolicy || img.PullPolicy != "" {
		errs = append(errs, validateEnum(path.Child("pullPolicy"), img.PullPolicy, PullPolicies).WithOrigin(RuleEnums)...)
	}
	return errs
}
