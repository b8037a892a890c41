package graph

import (
	"yuanbahui/graph/model"
	"yuanbahui/internal/label"
)

// enumLabels lists the labels of the named enums (every labelled enum when
// types is empty); an enum without labels is left out.
func enumLabels(types []string) []*model.EnumLabels {
	if len(types) == 0 {
		types = label.Types()
	}
	var out []*model.EnumLabels
	for _, t := range types {
		vs := label.Values(t)
		if vs == nil {
			continue
		}
		e := &model.EnumLabels{Type: t}
		for _, v := range vs {
			e.Values = append(e.Values, &model.EnumLabel{Value: v.Value, Label: v.Zh, LabelEn: v.En})
		}
		out = append(out, e)
	}
	return out
}
