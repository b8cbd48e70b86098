/**
 * antd's number input without its spin buttons. rc-input-number names them "Increase Value" and
 * "Decrease Value" in English whatever the language (hard-coded, no locale hook), so a Chinese screen
 * reader announced English buttons on every number field; and nobody steps a ¥ amount by one with a
 * mouse. ↑ and ↓ still step from the keyboard. The only place that imports antd's InputNumber (lint).
 */
import { InputNumber, type InputNumberProps } from 'antd';

export function NumberInput<T extends number | string = number>(props: InputNumberProps<T>) {
  return <InputNumber<T> controls={false} {...props} />;
}
