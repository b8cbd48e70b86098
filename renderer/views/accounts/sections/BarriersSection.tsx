import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { BARRIER_STATUSES, BARRIER_STRATEGIES, BARRIER_TYPES } from '../../../../shared/domain/codes';
import { newId } from '../../../../shared/domain/common';
import { CodeSelect } from '../../../components/formFields';
import { SectionCard } from './SectionCard';

/** 壁垒层 (seed 001): each barrier with its type, status, breakthrough plan and strategy (进攻/关注). */
export function BarriersSection() {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-barriers" title={t('account.sections.barriers')}>
      <Form.List name="barriers">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                type="inner"
                style={{ marginBottom: 12 }}
                title={`#${index + 1}`}
                extra={
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('common.remove')} #${index + 1}`} onClick={() => remove(field.name)} />
                }
              >
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Row gutter={16}>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'type']} label={t('account.fields.barrierType')} rules={[{ required: true, message: t('problems.required') }]}>
                      <CodeSelect group="barrierType" codes={BARRIER_TYPES} allowClear={false} aria-label={t('account.fields.barrierType')} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'status']} label={t('account.fields.barrierStatus')}>
                      <CodeSelect group="barrierStatus" codes={BARRIER_STATUSES} allowClear={false} aria-label={t('account.fields.barrierStatus')} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'strategy']} label={t('account.fields.barrierStrategy')}>
                      <CodeSelect group="barrierStrategy" codes={BARRIER_STRATEGIES} allowClear={false} aria-label={t('account.fields.barrierStrategy')} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name={[field.name, 'description']} label={t('account.fields.barrierDescription')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name={[field.name, 'breakthroughPlan']} label={t('account.fields.breakthroughPlan')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              block
              onClick={() => add({ id: newId(), type: undefined, description: '', status: 'OPEN', breakthroughPlan: '', strategy: 'ATTACK' })}
            >
              {t('account.addBarrier')}
            </Button>
          </>
        )}
      </Form.List>
    </SectionCard>
  );
}
